// The built-in interpreter: message → intent → tool calls → a reply that says what was done. Offline and deterministic.
import { InvalidError, type Priority, type Task } from '@todo/domain';
import { findPriority } from '../parse/attributes.js';
import { findDate, findImpossibleDate, resolveDate } from '../parse/due-date.js';
import { findRecurrence, mentionsNoRecurrence } from '../parse/recurrence-phrase.js';
import { parseTaskDetails, cleanTitle, type TaskDraft } from '../parse/task-details.js';
import { FEELINGS, TODO_VERBS, WORD_CLASSES } from './grammar/vocabulary.js';
import { PRONOUN, parseTaskFilter, type TaskFilter } from '../parse/task-filter.js';
import { cutPhrase } from '../parse/phrase-cut.js';
import { listTag } from '../parse/list-name.js';
import { namesAnEvent } from '../parse/command-frame.js';
import { NUMBER_PATTERN, WEEKDAY_PATTERN, parseNumber } from '../parse/vocabulary.js';
import { instantOf, wallClockAt } from '../parse/zoned-time.js';
import type { ToolAction, ToolDefinition } from '../tools/task-tools.js';
import { quoteTitles, taskList, taskSummary, type Voice } from './describe.js';
import { normaliseMessage, type Intent, type SmallTalkTopic } from './intent.js';
import { decide } from './grammar/registry.js';
import { splitCommands } from './compound.js';
import { isOrdinalReference, loadTasks, pickByOrdinal, resolveTargets, type Resolution, type TargetPurpose } from './targets.js';
import { KIND_NOUNS, dueAtTimeOfDay, readClock, readReference } from './reference.js';
import { rankTasks, bestMatches, wordMatches } from './task-match.js';
import { ToolError, createTurn, joinUndos, recreateStep, runUndoSteps, type ConversationState, type TurnContext } from './turn.js';

export interface InterpreterInput {
  message: string;
  tools: ToolDefinition[];
  timeZone: string;
  now: Date;
  state?: ConversationState;
}

export interface AssistantReply {
  reply: string;
  actions: ToolAction[];
  state: ConversationState;
}

const HELP =
  'I can manage your tasks. Try: "add buy milk tomorrow at 5pm #errands", "pay rent on the 1st of every month", ' +
  '"what\'s due today?", "show my high priority tasks", "complete the dentist task", "move the report to Friday", ' +
  '"make it high priority", "tag it work", "remind me 30 minutes before", or "delete all completed tasks".';

const SMALL_TALK_REPLIES: Record<SmallTalkTopic, string> = {
  greeting: 'Hi! What would you like to get done? You can tell me a task, or ask "what\'s due today?"',
  thanks: "You're welcome! Anything else?",
  howareyou: "I'm doing well, thanks for asking! Ready to help with your tasks — what's on your mind?",
  identity: `I'm your task assistant. ${HELP}`,
  help: HELP,
  bye: 'Bye! Your tasks will be here when you come back.',
  ack: 'Got it. Let me know if there is anything else.',
  cancel: "OK — I won't do anything. What would you like instead?",
  negative: "Sorry about that. Tell me what you wanted and I'll try again — for example \"add call mom tomorrow at 6pm\".",
  clock: '', // answered from the turn's clock: see smallTalkReply
  offtopic: `That's outside what I can do — I only look after your tasks, and I changed nothing. ${HELP}`,
  mood: `That sounds like a lot. Whenever you want, tell me a task and I'll keep track of it. ${HELP}`,
};

function smallTalkReply(turn: TurnContext, topic: SmallTalkTopic): string {
  if (topic !== 'clock') return SMALL_TALK_REPLIES[topic];
  const when = new Intl.DateTimeFormat('en-US', { timeZone: turn.timeZone, weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(turn.now);
  return `It's ${when} (${turn.timeZone}).`;
}

/** Answers one message. The returned state goes back in with the next message of the same conversation. */
export async function interpret(input: InterpreterInput): Promise<AssistantReply> {
  return (await answer(input, true)) as AssistantReply;
}

/**
 * Only the answer to the question the last turn asked (`state.pending`: "which one?", "yes / no"), whoever asked it;
 * undefined when the message is not an answer but a request of its own.
 */
export async function answerQuestion(input: InterpreterInput): Promise<AssistantReply | undefined> {
  return input.state?.pending ? answer(input, false) : undefined;
}

/** The question a message asks, kept as the interpreter keeps it for a follow-up ("and friday?"); undefined if it asks none. */
export function queryOf(message: string): ConversationState['lastQuery'] {
  const { intent } = decide(normaliseMessage(message));
  return intent.kind === 'query' ? { text: intent.text, search: intent.search, count: intent.count } : undefined;
}

async function answer(input: InterpreterInput, whole: boolean): Promise<AssistantReply | undefined> {
  const state: ConversationState = { ...(input.state ?? {}) };
  const text = normaliseMessage(input.message);
  const turn = createTurn(input.tools, text, input.timeZone, input.now, state);
  const pending = state.pending;
  delete state.pending;
  const lastQuery = state.lastQuery;
  delete state.lastQuery;
  let reply: string | undefined;
  try {
    reply = pending && (await answerPending(turn, pending, text));
    if (whole) reply ??= (lastQuery && (await answerFollowUp(turn, lastQuery, input.message.trim()))) ?? (await respondToAll(turn, text));
  } catch (error) {
    // A phrase the domain refuses while it is read (e.g. "every 1001 days") is explained like a refused tool call.
    if (!(error instanceof ToolError || error instanceof InvalidError)) throw error;
    reply = `Sorry, that didn't work: ${error.message}`;
  }
  return reply === undefined ? undefined : { reply, actions: turn.actions, state };
}

/** One command, or each of several in order ("mark X done and move Y to monday"); one undo takes them all back. */
async function respondToAll(turn: TurnContext, text: string): Promise<string> {
  const commands = splitCommands(text);
  if (!commands) return respond(turn, text);
  const replies: string[] = [];
  const undos: NonNullable<ConversationState['undo']>[] = [];
  for (const [i, command] of commands.entries()) {
    delete turn.state.undo;
    replies.push(await respond({ ...turn, message: command }, command));
    if (turn.state.undo) undos.push(turn.state.undo);
    if (turn.state.pending) {
      // A question stops the run: the rest waits until the user has answered it.
      const rest = commands.slice(i + 1);
      if (rest.length) replies.push(`(Once that is settled, tell me again: "${rest.join('", "')}".)`);
      break;
    }
  }
  const undo = joinUndos(undos);
  if (undo) turn.state.undo = undo;
  return replies.join('\n');
}

// "we're out of paint so take bathroom painting off the list": the reason says why, the command after "so" what to do.
// The reason has a word of its own after its subject: "i'm so stressed about the report" is a mood ("so" = very), not a
// reason followed by the command "stressed about the report".
const REASON_THEN_COMMAND = /^(?:i|we|i'm|we're|im|it's|its|they|they're|there's|the|my|our)(?<!\bi(?='))\s+\S.*?[,;]?\s+(?:so|and so|therefore)\s+(?:please\s+)?(?<command>\S.*)$/i;

// "i already bought the bread so cross it off", "the piano lesson is off, delete it": the first half names the task and
// the command with "it" after it says what to do with that task.
const THEN_IT = /^(?<reason>.+?)[,;.]?\s+(?:(?:so|and so|and|therefore|then|please|pls|just|you can|can you)\s+)*(?<verb>cross|tick|check|mark|take|scratch|strike|delete|remove|cancel|scrap|drop|bin|clear|erase|get rid of)\s+(?:it|that|this|them)(?<tail>(?:\s+(?:off|out|done|as done|complete|(?:from|off) (?:my |the )?(?:(?:to-?do|to do|[\p{L}-]+) )?(?:list|calendar|schedule|agenda)))*)$/iu;
// "i won't be going to the concert", "we can't make the dinner": who will not go names the task.
const NOT_GOING = /^(?:i|we)(?:'m| am|'re| are)? (?:not|won'?t|can'?t|cannot|will not|am not|are not|no longer)(?: be)?(?: able to)? (?:going to|gonna|going|make it to|make|attend|attending|go to|be at|doing|do|join|need)(?: go to| make| attend| the)? (?<target>.+)$/i;

// "i have enough rice", "we already got the batteries": what the user has needs no task.
const HAVE_IT = /^(?:i|we)(?:'ve| have)? (?:already |now |just )?(?:have|got|found|bought|picked up)(?: enough| plenty of| some| the| a| an)? (?<target>.+)$/i;

// "i cancelled the dinner with rachel", "we've called off the picnic": what was called off names the task.
const CALLED_OFF = /^(?:i|we)(?:'ve| have)? (?:already |just )?(?:cancell?ed|called off|scrapped|dropped|postponed) (?<target>.+)$/i;

/** The task the first half of "… so cross it off" talks about, if it names one. */
function reasonTarget(reason: string): string | undefined {
  // Before the grammar: "called off the picnic" is no past tense of "call" with "off the picnic" done.
  const calledOff = CALLED_OFF.exec(reason)?.groups?.target;
  if (calledOff) return calledOff;
  const { intent } = decide(reason);
  if (intent.kind === 'did') return intent.words;
  if (intent.kind === 'complete' || intent.kind === 'delete' || intent.kind === 'reopen') return intent.target;
  return NOT_GOING.exec(reason)?.groups?.target ?? HAVE_IT.exec(reason)?.groups?.target;
}

const FROM_NOW_ON = new RegExp(`\\b(?:${WORD_CLASSES.fromNowOn})$`, 'i');

// Not completion: "i have to finish the report" is still to do.
const CHANGE_KINDS = new Set(['delete', 'reschedule', 'rename', 'priority', 'tag', 'clear_due', 'clear_reminder']);

async function respond(turn: TurnContext, text: string): Promise<string> {
  if (!text) return `Hi! ${HELP}`;
  const { intent, rule } = decide(text);
  // Only when no rule already read a change ("find the dentist and cancel it" is one), or the change it read swallowed the
  // request after it ("i've done the laundry you can tick it off my list": "done" took all the rest for its target).
  const swallowed = 'target' in intent && typeof intent.target === 'string' && THEN_IT.test(intent.target);
  const then = rule?.statement || (['delete', 'complete', 'reopen'].includes(intent.kind) && !swallowed) ? undefined : THEN_IT.exec(text)?.groups;
  // "… take it off the list" with a first half that names nothing readable: "it" is asked about, never added as a task.
  const thenTarget = then?.reason ? (reasonTarget(then.reason) ?? 'it') : undefined;
  if (then && thenTarget) {
    const completes = /^(?:cross|tick|check|mark)$/i.test(then.verb ?? '') && !/\bfrom\b/i.test(then.tail ?? '');
    return modify(turn, { kind: completes ? 'complete' : 'delete', target: thenTarget }, { statement: true, verbLed: decide(then.reason ?? '').intent.kind === 'did' });
  }
  const command = intent.kind === 'unknown' ? REASON_THEN_COMMAND.exec(text)?.groups?.command : undefined;
  const commanded = command ? decide(command) : undefined;
  // "i was so tired today": after "so" comes a command, never a past tense ("tired today" is no completion).
  if (command && commanded?.rule && commanded.rule.id !== 'add.frame' && commanded.intent.kind !== 'smalltalk' && commanded.intent.kind !== 'did') return respond({ ...turn, message: command }, command);
  if (intent.kind === 'smalltalk') return smallTalkReply(turn, intent.topic);
  const impossible = findImpossibleDate(text, { now: turn.now, timeZone: turn.timeZone });
  if (impossible) return `There is no ${impossible} on the calendar, so I didn't change anything. Which day did you mean?`;
  // "i need to cancel my hair appointment on saturday", "i have to move the dentist to friday": an obligation to change
  // a task the user has is that change; with no such task ("i need to cancel my gym membership") it is a new task.
  if (intent.kind === 'add' && rule?.id === 'add.frame') {
    // "put the vet on saturday instead": a task the user has, put on a day, is moved there.
    const moved = /^put\s/i.test(text) ? text.replace(/^put\s/i, 'move ') : undefined;
    const move = moved ? decide(moved).intent : undefined;
    // Only "the/my …" outside the calendar's words: "put a dentist visit on my calendar for thursday" is a new one.
    const definite = move?.kind === 'reschedule' && /^(?:the|my|our)\s/i.test(move.target) && !CALENDAR_WORDS.test(text);
    if (moved && definite && move?.kind === 'reschedule' && (await namedTask(turn, move.target))) return respond({ ...turn, message: moved }, moved);
    // "put the vet under errands too": a task the user has, put under a word, is filed under that tag ("put the box
    // under the bed" with no box task is a new task).
    const filed = /^put\s+\S.*\sunder\s+\S/i.test(text) ? text.replace(/^put\s/i, 'file ') : undefined;
    const file = filed ? decide(filed).intent : undefined;
    if (filed && file?.kind === 'tag' && (await mentionsATask(turn, file.target))) return respond({ ...turn, message: filed }, filed);
    const inner = decide(intent.text);
    if (inner.rule && CHANGE_KINDS.has(inner.intent.kind) && 'target' in inner.intent && (await mentionsATask(turn, inner.intent.target))) return respond({ ...turn, message: intent.text }, intent.text);
  }
  switch (intent.kind) {
    case 'add':
      return addTasks(turn, intent.text, intent.reminderAtDue ?? false);
    case 'query':
      return answerQuery(turn, intent.text, intent.search, intent.count);
    case 'unknown':
      return fallback(turn, intent.text);
    case 'did':
      // "my phone died": an object first is only a statement about a task when some task has that word.
      if (rule?.id === 'complete.object-past-tense' && !(await mentionsATask(turn, intent.words))) return fallback(turn, text);
      return modify(turn, { kind: 'complete', target: intent.words }, { statement: !!rule?.statement, verbLed: true });
    case 'undo':
      return undoLast(turn);
    default:
      return modify(turn, intent, { statement: !!rule?.statement });
  }
}

function voice(turn: TurnContext): Voice {
  return { timeZone: turn.timeZone, now: turn.now };
}

// ---- adding ----

/** "add three things: …", "add these to my shopping list: …": what follows the colon is a list of tasks. */
const LIST_FRAME = new RegExp(
  `^(?=\\S[^:]*:)(?:(?:these|those|the following|some|(?:a )?few|(?:a )?couple(?: of)?|${NUMBER_PATTERN})\\s+)*(?:more\\s+)?(?:(?:things|items|tasks|todos|to-?dos|bits|stuff)\\b\\s*)?(?:(?<when>(?:for |on )?(?:today|tomorrow|tonight|this weekend|this week|next week|${WEEKDAY_PATTERN}))\\s*|(?:to|on|for|into|in)\\s+(?<list>[^:]+?)\\s*|(?<bare>(?!(?:tasks?|todos?|to-?dos?|reminders?|notes?|items?|events?|things|urgent|important|asap|p[0-3]|high|low|today|tomorrow|tonight)\\b)\\p{L}[\\p{L}-]*)\\s*)?:\\s*(?<items>.+)$`,
  'iu',
);

/**
 * "milk, eggs and bread", "milk, eggs, bread": a comma list of short items becomes one task each; after a list frame
 * ("three things: a and b") two items joined by "and" do too.
 */
function splitItems(title: string, listed: boolean, onAList = false): string[] {
  // "oat milk n coffee", "eggs & bread": chat's "and".
  const text = title.replace(/(?<=\p{L})\s+(?:n|&|\+)\s+(?=\p{L})/gu, ' and ');
  // "put bin bags and dish soap on the grocery list": two things of two words or more, put on a list, are two items
  // ("mac and cheese on the list" stays one).
  const pair = onAList ? /^(?<first>\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*){1,3})\s+and\s+(?<second>\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*){1,3})$/iu.exec(text)?.groups : undefined;
  if (pair?.first && pair.second && !TODO_VERB.test(text) && ![pair.first, pair.second].some((item) => item.split(/\s+/).some((w) => NOT_AN_ITEM.test(w)))) return [cleanTitle(pair.first), cleanTitle(pair.second)];
  // "call the vet and book the mot": two things to do, each with its own verb and object, are two tasks.
  const chores = text.split(/\s+and\s+/i);
  if (chores.length === 2 && chores.every((chore) => CHORE.test(chore))) return chores.map((chore) => cleanTitle(chore));
  if (BARE_WORD_LIST.test(text) && !TODO_VERB.test(text) && !text.split(/\s+/).some((w, i, all) => NOT_AN_ITEM.test(w) || (i < all.length - 1 && COMPOUND_LEAD.test(w)))) return text.split(/\s+(?:and\s+)?/i).map((item) => cleanTitle(item));
  const commaList = /^[^,]+(?:,\s*[^,]+)+,?\s+and\s+[^,]+$|^[^,]+(?:,\s*[^,]+){2,}$/i.test(text);
  if (!commaList && !(listed && /^[^,]+(?:,\s*[^,]+)*,?\s+and\s+[^,]+$|^[^,]+,\s*[^,]+$/i.test(text))) return [title];
  const items = text.split(/,\s*(?:and\s+)?|\s+and\s+/i).map((s) => s.trim()).filter(Boolean);
  return items.every((item) => item.split(/\s+/).length <= 4) ? items.map((item) => cleanTitle(item)) : [title];
}

// A to-do verb and its object ("book the mot", "email the landlord"): one thing to do.
const CHORE = new RegExp(`^(?:${TODO_VERBS}|send|cancel|finish|review|check|schedule|organi[sz]e|wrap|update|change|replace|bring|take|pick up|drop off|go to|make)\\s+(?!(?:and|or|it|them|up|out|off|in|on|to|for)\\b)\\p{L}[\\p{L}'-]*(?:\\s+[\\p{L}\\p{N}'-]+){0,5}$`, 'iu');
// "milk eggs and bread", "apples pears and grapes": three or more single words, the last after "and", are a list even
// without commas; two ("mac and cheese", "salt and pepper") are one thing, and a verb first ("call mom and dad") is one task.
const BARE_WORD_LIST = /^\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*)+\s+and\s+\p{L}[\p{L}'-]*$/iu;
// Words that lead a two-word item rather than stand alone ("peanut butter and jelly", "red green and blue pens"): one task.
const COMPOUND_LEAD = /^(?:peanut|ice|olive|soy|toilet|dish|hand|oat|almond|coconut|baking|sour|whole|maple|sparkling|frozen|fresh|dried|ground|sliced|chopped|cream|cottage|hot|iced|red|green|blue|black|white|brown|yellow|orange|pink|purple|grey|gray|big|small|large|little|extra|spare|new|old)$/i;
const NOT_AN_ITEM = /^(?:the|a|an|my|our|some|more|to|for|with|of|on|in|at|from|up|out|off|or|then|i|me|it|is|are|be|new|old|all|both)$/i;

/** The list part of "three things: a, b, c", with the named list ("to my shopping list") kept as words the parser reads as a tag. */
function listedItems(text: string): string | undefined {
  const frame = LIST_FRAME.exec(text);
  if (!frame || frame[0].indexOf(':') === 0) return undefined;
  if (!frame.groups?.items || !/[,]|\band\b/i.test(frame.groups.items)) return undefined;
  // "groceries: milk, eggs": a bare word before the colon names the list.
  const list = frame.groups.list ?? (frame.groups.bare ? `my ${frame.groups.bare} list` : undefined);
  // "tomorrow: a, b": the day said before the colon is every item's.
  const items = frame.groups.when ? `${frame.groups.items} ${frame.groups.when}` : frame.groups.items;
  return list ? `${items} to ${list}` : items;
}

async function addTasks(turn: TurnContext, message: string, reminderAtDue: boolean): Promise<string> {
  const items = listedItems(message);
  const text = items ?? message;
  const draft = parseTaskDetails(text, { now: turn.now, timeZone: turn.timeZone });
  // "remind me tomorrow at 9am": a reminder that names nothing else is a reminder.
  if (!draft.title && reminderAtDue && (draft.dueAt || draft.remindAt)) draft.title = 'Reminder';
  if (!draft.title) return 'What should I call the task? For example: "add call the bank tomorrow at 10am".';
  // "put it in my calendar for friday" with nothing said before: "it" is asked about, never a task called "It".
  if (PRONOUN.test(draft.title) && !turn.state.lastTaskIds?.length) return 'What should I put on your list? Tell me the task, e.g. "add call the bank on friday".';
  await takeTagsTheUserHas(turn, draft, text);
  // "i need a reminder every day at 9am", "set an alarm for 7": what was asked for is itself the reminder.
  if (/^(?:reminder|alarm|alert)$/i.test(draft.title)) reminderAtDue = true;
  if (reminderAtDue && draft.dueAt && draft.reminderMinutesBefore === undefined && !draft.remindAt) draft.reminderMinutesBefore = 0;
  const titles = splitItems(draft.title, items !== undefined, ON_A_LIST.test(text));
  const created: Task[] = [];
  for (const title of titles) created.push((await turn.call('add_task', toAddInput({ ...draft, title }))) as Task);
  turn.state.lastTaskIds = created.map((t) => t.id);
  turn.state.undo = { label: `added ${quoteTitles(created)}`, steps: created.map((t) => ({ tool: 'delete_task' as const, input: { taskId: t.id } })) };
  const notes = [...draft.notes];
  if (reminderAtDue && !draft.dueAt && !draft.remindAt) notes.push('Tell me when (e.g. "remind me at 5pm") and I will set a reminder.');
  const head =
    created.length === 1 ? `Added ${taskSummary(created[0] as Task, voice(turn))}.` : `Added ${created.length} tasks: ${quoteTitles(created)}${created[0] && taskSummary(created[0], voice(turn)).includes('(') ? ` (${taskSummary(created[0], voice(turn)).split('(').slice(1).join('(')}` : ''}.`;
  return [head, ...notes].join(' ');
}

// "add bread to groceries": a last word that is not a list phrase ("to my … list") but names a tag the user has.
const TO_A_WORD = /^(?<title>.+?)\s+(?:to|on|onto|into)\s+(?:my\s+|the\s+|our\s+)?(?<name>[\p{L}-]{3,})$/iu;

// "… on the grocery list", "… to my shopping list": the message puts what it names on a list.
const ON_A_LIST = /\b(?:to|on|onto|in|into) (?:my|the|our) (?:[\p{L}-]+ ){0,2}list\b/iu;

/**
 * A list said the way a tag the user has is spelt otherwise ("the grocery list" and #groceries) is that tag; "add bread
 * to groceries" names it by a last word. A tag typed as "#tag" is taken as typed, so an add that says no list in words
 * reads nothing.
 */
async function takeTagsTheUserHas(turn: TurnContext, draft: TaskDraft, text: string): Promise<void> {
  const typed = new Set([...text.matchAll(/#([\p{L}\p{N}_-]+)/gu)].map((m) => (m[1] ?? '').toLowerCase()));
  const said = TO_A_WORD.exec(draft.title)?.groups;
  if (!said?.title && draft.tags.every((tag) => typed.has(tag.toLowerCase()))) return;
  // The matcher's own stems ("grocery" ~ "groceries"), not a second plural rule.
  const tags = (await loadTasks(turn, { status: 'all' })).flatMap((t) => t.tags);
  const known = (name: string) => tags.find((t) => t.toLowerCase() === name) ?? tags.find((t) => wordMatches(name, t.toLowerCase()) === 1);
  draft.tags = [...new Set(draft.tags.map((tag) => (typed.has(tag.toLowerCase()) ? tag : (known(tag.toLowerCase()) ?? tag))))];
  if (!said?.title || !said.name) return;
  const tag = known(said.name.toLowerCase());
  if (!tag) return;
  draft.title = cleanTitle(said.title);
  if (!draft.tags.includes(tag)) draft.tags.push(tag);
}

function toAddInput(draft: TaskDraft): Record<string, unknown> {
  const input: Record<string, unknown> = { title: draft.title.slice(0, 200) };
  if (draft.description) input.description = draft.description;
  if (draft.dueAt) input.dueAt = draft.dueAt;
  if (draft.priority) input.priority = draft.priority;
  if (draft.tags.length) input.tags = draft.tags;
  if (draft.recurrence) input.recurrence = draft.recurrence.rule;
  if (draft.reminderMinutesBefore !== undefined) input.reminderMinutesBefore = draft.reminderMinutesBefore;
  if (draft.remindAt) input.remindAt = draft.remindAt;
  return input;
}

// ---- questions ----

const QUERY_NOISE = new Set(
  'lately recently so far been most top biggest thing things stuff anyone anybody someone somebody pull bring bing send open load read out aloud already add added time if whether start starts begin begins am who remind plate agenda schedule scheduled planned who attending latest recent weekly daily doing happening look looks like day morning afternoon evening night going put overview summary status state when where is are was left remaining next first should on today\'s week\'s open currently lined pending tasks do have got up coming need needs needed must can could would will me my show list what which how many much check calendar calendars diary planner set anywhere long until details be booked go free soon getting having seeing deadline deadlines'.split(
    ' ',
  ),
);

const WHAT_NEXT = /\b(?:should|can|could|do|must|shall) i (?:work on|do|tackle|focus on|start with|start on|pick up)(?: next| first| now| today)?\b|\bwhat'?s next\b|\bup next\b/i;

const FOLLOW_UP = /^(?:and|what about|how about|and what about|and how about|what of|and for|same for|same question for)\s+(?<rest>.+?)\s*\??$/i;

/** "and friday?" right after "what's due tomorrow?": the same question for another window. */
async function answerFollowUp(turn: TurnContext, last: NonNullable<ConversationState['lastQuery']>, text: string): Promise<string | undefined> {
  const rest = FOLLOW_UP.exec(text.replace(/\s+/g, ' '))?.groups?.rest; // the raw message: normalising drops a leading "and"
  if (!rest) return undefined;
  const window = parseTaskFilter(rest, { now: turn.now, timeZone: turn.timeZone });
  if (!(window.dueFrom || window.overdue || window.noDue) || window.words.some((w) => !QUERY_NOISE.has(w))) return undefined;
  return answerQuery(turn, last.text, last.search, last.count, window);
}

const isWindowLabel = (label: string) => label.startsWith('due') || label === 'overdue' || label.startsWith('without');

async function answerQuery(turn: TurnContext, text: string, search: boolean, count: boolean, window?: TaskFilter): Promise<string> {
  turn.state.lastQuery = { text, search, count };
  const clock = readClock(text.replace(WHAT_NEXT, ' '));
  const filter = parseTaskFilter(clock.rest, { now: turn.now, timeZone: turn.timeZone });
  if (window) {
    // A follow-up keeps the question and swaps its time window.
    filter.dueFrom = window.dueFrom;
    filter.dueTo = window.dueTo;
    filter.overdue = window.overdue;
    filter.noDue = window.noDue;
    filter.labels = [...filter.labels.filter((l) => !isWindowLabel(l)), ...window.labels.filter(isWindowLabel)];
  }
  let words = search ? filter.words.filter((w) => !['about', 'regarding', 'containing', 'mentioning', 'calendar', 'diary', 'planner'].includes(w)) : filter.words.filter((w) => !QUERY_NOISE.has(w));
  // "what meetings do I have", "upcoming events": a kind noun narrows only to titles that carry it, else it means any task.
  if (!search && words.some((w) => KIND_NOUNS.has(w))) {
    const kinds = words.filter((w) => KIND_NOUNS.has(w));
    const pool = await loadTasks(turn, { ...filter, status: filter.status ?? 'pending' });
    // Nor does it count against a title that lacks it: "when is my dentist appointment" → "Dentist".
    const titled = words.filter((w) => !KIND_NOUNS.has(w));
    if (rankTasks(kinds, pool, kinds.join(' ')).length === 0 || (titled.length > 0 && rankTasks(words, pool, words.join(' ')).length === 0)) words = titled;
  }
  const status = filter.status ?? (filter.all && !filter.priority && !filter.dueFrom && !filter.overdue && !filter.noDue && words.length === 0 ? 'all' : 'pending');
  let tasks: Task[];
  if (search && words.length > 0) {
    const found = (await turn.call('search_tasks', { query: words.join(' '), status: filter.status ?? 'all', limit: 50 })) as { items: Task[] };
    tasks = found.items;
    if (tasks.length === 0) tasks = rankTasks(words, await loadTasks(turn, { ...filter, status: filter.status ?? 'all' }), words.join(' ')).map((r) => r.task);
  } else if (status === 'completed' && (filter.dueFrom || filter.dueTo)) {
    // "what did I finish today?": the window is about completion time, not the due date.
    const { dueFrom, dueTo, ...rest } = filter;
    const pool = (await loadTasks(turn, { ...rest, status })).filter((t) => inWindow(t.completedAt, dueFrom, dueTo));
    tasks = words.length > 0 ? rankTasks(words, pool, words.join(' ')).map((r) => r.task) : pool;
    filter.labels = filter.labels.map((l) => l.replace(/^due /, 'completed '));
  } else {
    const pool = await loadTasks(turn, { ...filter, status });
    tasks = words.length > 0 ? rankTasks(words, pool, words.join(' ')).map((r) => r.task) : pool;
  }
  // "do i have eggs on my shopping list" and no task is tagged shopping: the user's one list is meant.
  if (tasks.length === 0 && filter.tags.length > 0 && words.length > 0 && !search) {
    const { tags: _tags, ...untagged } = filter;
    const pool = await loadTasks(turn, { ...untagged, tags: [], status });
    if (!pool.some((t) => t.tags.some((tag) => filter.tags.some((w) => wordMatches(w, tag) === 1)))) {
      tasks = rankTasks(words, pool, words.join(' ')).map((r) => r.task);
      if (tasks.length > 0) filter.labels = filter.labels.filter((l) => !l.startsWith('tagged'));
    }
  }
  if (clock.times) tasks = tasks.filter((t) => dueAtTimeOfDay(t, clock.times ?? [], turn.timeZone));
  if (status === 'all') tasks = [...tasks.filter((t) => t.status === 'pending'), ...tasks.filter((t) => t.status !== 'pending')];
  turn.state.lastListIds = tasks.slice(0, 10).map((t) => t.id);
  if (tasks.length > 0) turn.state.lastTaskIds = tasks.map((t) => t.id);
  const completedWindow = filter.labels.some((l) => l.startsWith('completed '));
  const what = [
    status === 'completed' && !completedWindow ? 'completed' : status === 'pending' ? 'pending' : '',
    ...filter.labels.filter((l) => !l.startsWith('completed') && !l.startsWith('due') && l !== 'overdue' && !l.startsWith('tagged') && !l.startsWith('without')),
  ]
    .filter(Boolean)
    .join(' ');
  const qualifiers = [
    ...filter.labels.filter((l) => l.startsWith('due') || l.startsWith('completed ') || l.startsWith('tagged') || l.startsWith('without')),
    ...(clock.said ? [/^(?:after|before|later|earlier|past|from|until|till)\b/i.test(clock.said) ? clock.said : `at ${clock.said}`] : []),
    ...(words.length > 0 ? [`matching "${words.join(' ')}"`] : []),
  ];
  const noun = `${filter.overdue ? 'overdue ' : ''}${what ? `${what} ` : ''}task`;
  const description = `${noun}${tasks.length === 1 ? '' : 's'}${qualifiers.length ? ` ${qualifiers.join(', ')}` : ''}`;
  if (tasks.length === 0) {
    const plural = `${noun}s${qualifiers.length ? ` ${qualifiers.join(', ')}` : ''}`;
    return filter.overdue ? `Nothing is overdue — you're all caught up! 🎉` : `You have no ${plural}.`;
  }
  if (count) return `You have ${tasks.length} ${description}.`;
  return `You have ${tasks.length} ${description}:\n${taskList(tasks, voice(turn))}`;
}

function inWindow(iso: string | null, from: Date | undefined, to: Date | undefined): boolean {
  if (!iso) return false;
  const at = Date.parse(iso);
  return (!from || at >= from.getTime()) && (!to || at <= to.getTime());
}

// ---- changes to existing tasks ----

type TargetIntent = Exclude<Intent, { kind: 'smalltalk' | 'add' | 'query' | 'unknown' | 'did' | 'undo' }>;
/** A target intent whose generic "change X to Y" has been settled into what Y says. */
type SettledIntent = Exclude<TargetIntent, { kind: 'change' }>;

function purposeOf(intent: TargetIntent): TargetPurpose {
  return intent.kind === 'complete' || intent.kind === 'reopen' || intent.kind === 'delete' ? intent.kind : 'update';
}

// "mark the standup this afternoon as done" names a task to find, never one to add.
const MARKED_DONE = /^(?:mark|set|flag|move|put|consider)\b.*\b(?:done|complete|completed|finished|checked off|ticked off)$/i;

/** `statement`: the message talked about a task it has ("knocked out the carpenter call"); not finding it never adds one. */
async function modify(turn: TurnContext, said: TargetIntent, options: { statement?: boolean; verbLed?: boolean } = {}): Promise<string> {
  const intent = said.kind === 'delete' ? ((await tagTakenOff(turn, said.target)) ?? said) : said;
  let prepared = prepareIntent(turn, intent);
  if (typeof prepared === 'string') return prepared;
  const { intent: settled, resolution: first } = await resolveMove(turn, prepared);
  prepared = settled;
  let resolution = first;
  // "i bought the bread" and the task is "Bread": the past tense's verb need not be in the title.
  const objectOnly = options.verbLed && 'target' in prepared ? prepared.target.replace(/^\S+\s+/, '') : undefined;
  if (resolution.kind === 'none' && objectOnly && objectOnly !== (prepared as { target: string }).target) {
    const retried = await resolveTargets(turn, objectOnly, purposeOf(prepared));
    // "i called the dentist" is not "Dentist" attended: the object alone is a guess, so it is asked.
    if (retried.kind === 'found' || retried.kind === 'ambiguous') resolution = retried.kind === 'found' ? { ...retried, unsure: true } : retried;
  }
  switch (resolution.kind) {
    case 'unclear':
      // "remind me tomorrow at 9am" with no task in the conversation: a reminder of its own.
      if (prepared.kind === 'reminder' && !turn.state.lastTaskIds?.length && findDate(prepared.spec, { now: turn.now, timeZone: turn.timeZone })) {
        return addTasks(turn, `a reminder for ${prepared.spec}`, true);
      }
      if (prepared.kind === 'complete') {
        const only = await theOneDueNow(turn);
        if (only) return askToConfirm(turn, prepared, [only]);
      }
      return `${whichOne(prepared, 'task')} Tell me part of its title, e.g. "${verbOf(prepared)} the dentist task".`;
    case 'none':
      // "set a reminder to call mom at 5", "remind me about aunt rosa's birthday": no such task yet, so a new one, as said.
      if (prepared.kind === 'reminder') return addTasks(turn, reminderWords(intent), true);
      if (prepared.kind === 'complete' && !options.statement && !resolution.alreadyInOtherStatus?.length && !MARKED_DONE.test(turn.message) && hasTaskSignals(turn.message, turn)) {
        return addTasks(turn, turn.message, false); // "finish the report by Friday" is a new task
      }
      // "cancel the free trial before the end of the month", "clear out the gutters by sunday" and no such task: a thing
      // to do by then, not a deletion.
      if (prepared.kind === 'delete' && !resolution.alreadyInOtherStatus?.length && resolution.filter.words.length > 0 && DO_BY.test(turn.message) && !(await titleWordsMatchAny(turn, resolution.filter.words)) && hasTaskSignals(turn.message, turn)) {
        return addTasks(turn, turn.message, false);
      }
      // "cancel my meeting with lisa on tuesday and reschedule it for thursday" and there is none: it goes on thursday.
      if (prepared.kind === 'reschedule' && prepared.addIfMissing && !resolution.nearby?.length) return addMoved(turn, prepared);
      // "make pancakes every sunday" and no pancakes task: a new task that repeats, as said.
      // "yoga every monday from now on" and no yoga task: the same.
      if (prepared.kind === 'recurrence' && (/^(?:make|have)\b/i.test(turn.message) || FROM_NOW_ON.test(turn.message)) && !/\b(?:repeat|recur)/i.test(turn.message) && !resolution.alreadyInOtherStatus?.length) return addTasks(turn, turn.message, false);
      // "bring back the gym" right after deleting it: that deletion is what to take back.
      if (prepared.kind === 'reopen' && deletedJustNow(turn, resolution.filter.words)) return undoLast(turn);
      if (resolution.alreadyInOtherStatus?.length) {
        const t = resolution.alreadyInOtherStatus;
        return prepared.kind === 'complete'
          ? `${quoteTitles(t)} ${t.length === 1 ? 'is' : 'are'} already completed.`
          : `${quoteTitles(t)} ${t.length === 1 ? 'is' : 'are'} not completed yet.`;
      }
      if (resolution.nearby?.length && (!options.statement || prepared.kind === 'delete')) return offerNearby(turn, prepared, resolution);
      return notFound(resolution, prepared);
    case 'ambiguous':
      turn.state.pending = { kind: 'choose', intent: prepared, candidateIds: resolution.candidates.map((t) => t.id) };
      turn.state.lastListIds = resolution.candidates.map((t) => t.id);
      return `${whichOne(prepared, 'one')}\n${taskList(resolution.candidates, voice(turn))}\nReply with a number (e.g. "1"), "all of them", or part of the title.`;
    case 'found': {
      // "take the work tag off everything": only the tasks that have it.
      if (prepared.kind === 'tag' && prepared.add.length === 0 && !prepared.remove.includes('*') && resolution.tasks.length > 1) {
        const removed = new Set(prepared.remove.map((t) => t.toLowerCase()));
        const tagged = resolution.tasks.filter((t) => t.tags.some((tag) => removed.has(tag.toLowerCase())));
        if (tagged.length === 0) return `None of those tasks is tagged ${prepared.remove.map((t) => `#${t.toLowerCase()}`).join(' or ')}, so I changed nothing.`;
        resolution = { ...resolution, tasks: tagged };
      }
      // "set a reminder for the meeting friday at 3pm" when the meeting is on Thursday at 10: that is another meeting.
      // "cancel my meeting with lisa on tuesday and reschedule it for thursday" and the only meeting is the team's on
      // another day: neither who nor when fits, so that is not it either.
      if (prepared.kind === 'reschedule' && prepared.addIfMissing && resolution.unsure && resolution.tasks.length === 1 && !titleHasAll(resolution.tasks[0] as Task, prepared.target, turn)) return addMoved(turn, prepared);
      // "remind me about tomorrow's meeting" when the meeting is on Friday: the day named is another meeting's too.
      if (prepared.kind === 'reminder' && resolution.tasks.length === 1 && (remindsAfterDue(turn, resolution.tasks[0] as Task, prepared.spec) || offTheDayNamed(turn, resolution.tasks[0] as Task, prepared.day ?? prepared.target))) {
        return addTasks(turn, reminderWords(intent), true);
      }
      if (needsConfirmation(prepared, resolution) || vaguelyNamed(turn, prepared, resolution.tasks) || partlyNamed(turn, prepared, resolution.tasks)) {
        return askToConfirm(turn, prepared, resolution.tasks);
      }
      return apply(turn, prepared, resolution.tasks);
    }
  }
}

// A deadline said with the verb: "before the end of the month", "by friday".
const DO_BY = /\b(?:by|before|no later than|ahead of)\s+(?:the |this |next |end of )?\S/i;

/** Some pending or completed task carries every one of the words in its title, whatever its date. */
async function titleWordsMatchAny(turn: TurnContext, words: string[]): Promise<boolean> {
  const all = await loadTasks(turn, { status: 'all' });
  return rankTasks(words, all, words.join(' ')).some((r) => r.score >= 0.95);
}

// "remove work from the invoice": a word the named task is tagged with is that tag, never the task.
const TAG_FROM = /^(?:the )?#?(?<tag>[\p{L}\p{N}_-]+) (?:from|off)(?: of)? (?<rest>.+)$/iu;

async function tagTakenOff(turn: TurnContext, target: string): Promise<TargetIntent | undefined> {
  const said = TAG_FROM.exec(target)?.groups;
  if (!said?.tag || !said.rest) return undefined;
  const found = await resolveTargets(turn, said.rest, 'update');
  if (found.kind !== 'found' || found.tasks.length !== 1) return undefined;
  const tag = (found.tasks[0] as Task).tags.find((t) => wordMatches(said.tag?.toLowerCase() ?? '', t.toLowerCase()) === 1);
  return tag ? { kind: 'tag', target: said.rest, add: [], remove: [tag] } : undefined;
}

/** The last change (still undoable) deleted a task these words name. */
function deletedJustNow(turn: TurnContext, words: string[]): boolean {
  const steps = turn.state.undo?.steps ?? [];
  return words.length > 0 && steps.length > 0 && steps.every((step) => step.tool === 'add_task') && steps.some((step) => {
    const title = String((step.input as { title?: unknown }).title ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u);
    return words.every((w) => title.some((t) => wordMatches(w, t) >= 0.9));
  });
}

/** What was looked for, in words: `"lunch" due Thu, Nov 26`, `on your vacation list`. */
function lookedFor(resolution: Extract<Resolution, { kind: 'none' }>): { what: string; where: string } {
  const { filter, list, at } = resolution;
  const where = [...filter.labels, ...(at ? [at] : []), ...(list ? [`on your ${list} list`] : [])].join(', ');
  return { what: filter.words.filter((w) => !KIND_NOUNS.has(w)).join(' '), where };
}

/** Nothing matched: say what was looked for, and where, in the user's words — never the raw phrase with its fillers. */
function notFound(resolution: Extract<Resolution, { kind: 'none' }>, intent: SettledIntent): string {
  const { what, where } = lookedFor(resolution);
  if (!what && resolution.list !== undefined && !where) return `You have no tasks on that list, so there is nothing to ${verbOf(intent)}.`;
  if (!what && resolution.list) return `You have no list called "${resolution.list}" (no task is tagged #${listTag(resolution.list)}), so I changed nothing.`;
  if (!what && where) return `You have nothing ${where}, so there is nothing to ${verbOf(intent)}.`;
  return `I couldn't find a task matching "${what || resolution.phrase}"${where ? ` ${where}` : ''}. Say "show my tasks" to see them.`;
}

/** "remove thursday's lunch" and no lunch on Thursday: which of Thursday's tasks is meant, asked — never guessed. */
function offerNearby(turn: TurnContext, intent: SettledIntent, resolution: Extract<Resolution, { kind: 'none' }>): string {
  const nearby = resolution.nearby ?? [];
  const { what, where } = lookedFor(resolution);
  turn.state.pending = { kind: 'choose', intent, candidateIds: nearby.map((t) => t.id) };
  turn.state.lastListIds = nearby.map((t) => t.id);
  const missing = what ? `I found no "${what}"${where ? ` ${where}` : ''}; ${nearby.length === 1 ? 'there is this one' : `there are these ${nearby.length}`}` : `You have nothing ${where}; ${nearby.length === 1 ? 'this is the one you have' : `these are the ones you have`}`;
  return `${whichOne(intent, 'one')} ${missing}:\n${taskList(nearby, voice(turn))}\nReply with a number (e.g. "1"), or "cancel".`;
}

/**
 * A deletion or completion runs only on a sure match, a change to several tasks only when the words set the scope
 * ("today's tasks", "tagged work"); anything else is shown first and waits for yes/no.
 */
function needsConfirmation(intent: SettledIntent, resolution: Extract<Resolution, { kind: 'found' }>): boolean {
  const several = resolution.tasks.length > 1;
  const destructive = intent.kind === 'delete' || intent.kind === 'complete';
  // A loose match (a typo, part of the words, a day that did not fit) is shown first, whatever the change.
  if (resolution.unsure) return true;
  if ((intent.kind === 'delete' || intent.kind === 'complete') && (resolution.windowOnly || resolution.wholeList)) return true;
  // Deleting several tasks always waits for a yes, even each named: it is the change people regret most.
  if (intent.kind === 'delete' && several) return true;
  return several && !resolution.explicit && (destructive || intent.kind === 'reschedule' || resolution.broad === true);
}

/**
 * A deletion or completion of "a list of things to buy" (no particular task), or of what "my afternoon" / "everything
 * tomorrow" holds (named only by when), is shown first: the words do not say which tasks.
 */
function vaguelyNamed(turn: TurnContext, intent: TargetIntent, tasks: Task[]): boolean {
  if (intent.kind !== 'delete' && intent.kind !== 'complete') return false;
  if (/^(?:a|an|some|any)\s/i.test(intent.target)) return true;
  if (isOrdinalReference(intent.target)) return false;
  const reference = readReference(intent.target);
  if (reference.order) return false;
  const filter = parseTaskFilter(reference.phrase, { now: turn.now, timeZone: turn.timeZone });
  // A kind noun the titles carry names them ("my meeting at 10am tomorrow" → "Team meeting"); "my schedule" does not.
  const carried = (w: string) => tasks.every((t) => rankTasks([w], [t], w).length > 0);
  const words = filter.words.filter((w) => (!KIND_NOUNS.has(w) || carried(w)) && !/^(?:clear|clean|free|empty|wipe|whole|entire|rest)$/i.test(w));
  return words.length === 0 && !filter.status && !filter.priority && filter.tags.length === 0 && !filter.pronoun && !filter.overdue;
}

const FROM_A_LIST = /\b(?:off|from|out of)(?: of)? (?:(?:my|the|our) )?(?:(?<name>[\p{L}-]+) )?(?<noun>list|shopping|groceries)\b/iu;

/**
 * Taking an item off a list with words that leave out part of the one title they matched ("take milk off my grocery
 * list" → "Buy milk") is shown first: the list may hold another thing with that word, and a deletion is the change
 * people regret most.
 */
function partlyNamed(turn: TurnContext, intent: TargetIntent, tasks: Task[]): boolean {
  const from = FROM_A_LIST.exec(turn.message)?.groups;
  if (intent.kind !== 'delete' || tasks.length !== 1 || !from) return false;
  const task = tasks[0] as Task;
  const ctx = { now: turn.now, timeZone: turn.timeZone };
  const said = parseTaskFilter(readReference(intent.target).phrase, ctx).words;
  // Off "my list" (the one list), the title's verb ("Buy cranberry sauce") is how the item was put on it, not a word that
  // tells items apart. A list called by its name ("my grocery list") is still shown first: "milk" may be another item
  // of it than "Buy milk", one the user calls by that name.
  const oneList = from.noun === 'list' && (!from.name || /^(?:to-?do|todo|task)$/i.test(from.name));
  const own = parseTaskFilter(oneList ? task.title.replace(TODO_VERB, '') : task.title, ctx).words.filter((w) => w.length >= 3 && !KIND_NOUNS.has(w));
  return said.length > 0 && own.some((word) => !said.some((s) => wordMatches(s, word) >= 0.9));
}

function askToConfirm(turn: TurnContext, intent: SettledIntent, tasks: Task[]): string {
  return confirmationQuestion(turn.state, intent, tasks, voice(turn));
}

/**
 * Deletions the LLM asked for that wait for the user: the same question, answered the same way, as the interpreter's
 * own; `joinUndo` when the asking turn changed something already (its undo then takes back the deletions as well).
 */
export function askToDelete(state: ConversationState, tasks: Task[], v: Voice, joinUndo: boolean): string {
  const question = confirmationQuestion(state, { kind: 'delete', target: quoteTitles(tasks) }, tasks, v);
  if (joinUndo && state.pending?.kind === 'choose') state.pending.joinUndo = true;
  return question;
}

function confirmationQuestion(state: ConversationState, intent: SettledIntent, tasks: Task[], v: Voice): string {
  state.pending = { kind: 'choose', intent, candidateIds: tasks.map((t) => t.id), confirm: true };
  state.lastListIds = tasks.slice(0, 10).map((t) => t.id);
  const verb = { complete: 'Mark as done', delete: 'Delete', reopen: 'Reopen', reschedule: 'Move', rename: 'Rename' }[intent.kind as string] ?? 'Change';
  const to = intent.kind === 'rename' ? ` to "${cleanTitle(intent.title)}"` : intent.kind === 'reschedule' ? ` to ${intent.when.replace(/^(?:to|until|till|for|on|into)\s+/i, '')}` : '';
  if (tasks.length === 1) return `${verb} ${taskSummary(tasks[0] as Task, v)}${to}? (yes / no)`;
  const shown = tasks.slice(0, 10);
  const more = tasks.length > shown.length ? `\n…and ${tasks.length - shown.length} more` : '';
  return `${verb} these ${tasks.length} tasks?\n${taskList(shown, v)}${more}\nAre you sure? (yes / no)`;
}

const MOVE_SPLIT = /\s(?:to|until|till|on|for|by)\s/gi;

/** "move the talk to john to friday": of the ways to split at "to", prefer one whose left names a task and whose right is only a date. */
async function resolveMove(turn: TurnContext, intent: SettledIntent): Promise<{ intent: SettledIntent; resolution: Resolution }> {
  const first = await resolveTargets(turn, intent.target, purposeOf(intent));
  if (intent.kind !== 'reschedule' || first.kind === 'unclear') return { intent, resolution: first };
  const ctx = { now: turn.now, timeZone: turn.timeZone };
  const onlyDate = (when: string) => {
    const date = findDate(when.replace(/^(?:to|until|till|on|for|by)\s/i, ''), ctx);
    return !!date && date.rest.replace(/\b(?:on|at|by|due)\b/gi, '').trim() === '';
  };
  if (first.kind === 'found' && onlyDate(intent.when)) return { intent, resolution: first };
  const whole = `${intent.target} ${intent.when}`;
  for (const cut of whole.matchAll(MOVE_SPLIT)) {
    const target = whole.slice(0, cut.index);
    const when = whole.slice(cut.index + 1);
    if (target.length <= intent.target.length || !onlyDate(when)) continue;
    const resolution = await resolveTargets(turn, target, 'update');
    if (resolution.kind === 'found' && (first.kind !== 'found' || resolution.tasks.length <= first.tasks.length)) return { intent: { ...intent, target, when }, resolution };
  }
  return { intent, resolution: first };
}

/** "Which one should I delete?": the question names the action, so a yes/no-less reply still says what would happen. */
/** "that's done" with nothing said before: the one pending task due today or overdue, if there is exactly one (asked, never done). */
async function theOneDueNow(turn: TurnContext): Promise<Task | undefined> {
  const { dueTo } = parseTaskFilter('today', { now: turn.now, timeZone: turn.timeZone });
  if (!dueTo) return undefined;
  const due = await loadTasks(turn, { status: 'pending', dueTo });
  return due.length === 1 ? due[0] : undefined;
}

function whichOne(intent: SettledIntent, noun: 'one' | 'task'): string {
  const verb = verbOf(intent);
  return verb === 'update' ? `Which ${noun} do you mean?` : `Which ${noun} should I ${verb}?`;
}

function verbOf(intent: SettledIntent): string {
  return { complete: 'complete', reopen: 'reopen', delete: 'delete' }[intent.kind as string] ?? 'update';
}

/** Settles generic or compound intents ("change X to Friday"), and separates reminder specs from their targets. */
function prepareIntent(turn: TurnContext, intent: TargetIntent): SettledIntent | string {
  const ctx = { now: turn.now, timeZone: turn.timeZone };
  if (intent.kind === 'change') {
    const priority = findPriority(intent.value);
    if (priority && priority.rest.replace(/\b(?:priority|prio)\b/gi, '').trim() === '') return { kind: 'priority', target: intent.target, priority: priority.priority };
    if (findRecurrence(intent.value)) return { kind: 'recurrence', target: intent.target, spec: intent.value };
    const date = findDate(intent.value, ctx);
    if (date && date.rest.replace(/\b(?:on|at|by|due)\b/gi, '').trim() === '') return { kind: 'reschedule', target: intent.target, when: intent.value };
    // "actually make it 4": a bare hour on a task is its time; the task's own day and half of the day decide the rest.
    // ("change the plumber task to 5" names no time: only the task in the conversation gets one.)
    const hour = /^(?:[01]?\d|2[0-3])(?::[0-5]\d)?$/.exec(intent.value.trim())?.[0];
    if (hour && PRONOUN.test(intent.target)) return { kind: 'reschedule', target: intent.target, when: `at ${hour}` };
    // A value with no words ("5", "at 10") is a time that could not be read, never a new title.
    if (!/\p{L}{2,}/u.test(intent.value.replace(/\b(?:at|on|by|to)\b/gi, ''))) return `I couldn't read "${intent.value}" as a date or time. Try "tomorrow at 5pm".`;
    return { kind: 'rename', target: intent.target, title: intent.value };
  }
  if (intent.kind === 'reminder' && !intent.spec) {
    const text = intent.target;
    const before = cutPhrase(text, new RegExp(`\\b(${NUMBER_PATTERN})[ -]?(m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?) (?:before|early|earlier|ahead|prior)(?: (?:it(?:'s| is)? due|the deadline|it))?\\b`, 'i'));
    if (before) return { kind: 'reminder', target: before.rest, spec: before.match[0] };
    const dayBefore = cutPhrase(text, /\b(?:the|a|one) (day|night|week) before\b/i);
    if (dayBefore) return { kind: 'reminder', target: dayBefore.rest, spec: dayBefore.match[0] };
    const date = findDate(text, ctx);
    // The spec is the date's own words (by position): the title never goes into it.
    if (date) {
      // "tomorrow morning 10am meeting", "the friday dentist": a day said before what it names is also that task's day.
      const lead = date.spans[0];
      const day = lead && /^(?:(?:the|my|our|this) )?$/i.test(text.slice(0, lead.start)) && /^\s+(?!(?:at|on|in|by|for|to|and)\b)\p{L}/iu.test(text.slice(lead.end)) ? text.slice(lead.start, lead.end) : undefined;
      return { kind: 'reminder', target: date.rest.replace(/\s+(?:at|on|in|by|for)$/i, ''), spec: date.spans.map((span) => text.slice(span.start, span.end)).join(' '), ...(day ? { day } : {}) };
    }
    return { kind: 'reminder', target: text, spec: 'at due' };
  }
  if (intent.kind === 'recurrence' && intent.spec !== null && mentionsNoRecurrence(intent.spec)) return { ...intent, spec: null };
  // "the deadline is friday now", "put it on the 10th instead": the change is said, the day is the rest.
  if (intent.kind === 'reschedule') return { ...intent, when: intent.when.replace(/(?<=\S)\s+(?:now|instead|from now on|going forward|then)$/i, '') };
  return intent;
}

async function apply(turn: TurnContext, intent: SettledIntent, tasks: Task[]): Promise<string> {
  const before = turn.actions.length;
  const reply = await applyChange(turn, intent, tasks);
  const wrote = turn.actions.slice(before).some((a) => a.tool !== 'list_tasks' && a.tool !== 'search_tasks');
  if (wrote) turn.state.undo = undoSteps(intent, tasks);
  return reply;
}

/** The calls that restore `tasks` (snapshots taken before the change). */
function undoSteps(intent: SettledIntent, tasks: Task[]): NonNullable<ConversationState['undo']> {
  const label = `${verbOf(intent) === 'update' ? 'changed' : `${verbOf(intent).replace(/e$/, '')}ed`} ${quoteTitles(tasks)}`;
  if (intent.kind === 'complete') return { label, steps: tasks.map((t) => ({ tool: 'update_task', input: { taskId: t.id, status: 'pending' } })) };
  if (intent.kind === 'reopen') return { label, steps: tasks.map((t) => ({ tool: 'update_task', input: { taskId: t.id, status: 'completed' } })) };
  if (intent.kind === 'delete') {
    return {
      label,
      steps: tasks.map(recreateStep),
    };
  }
  return {
    label,
    steps: tasks.flatMap((t) => [
      {
        tool: 'update_task' as const,
        input: { taskId: t.id, title: t.title, description: t.description, dueAt: t.dueAt, priority: t.priority, tags: t.tags, recurrence: t.recurrence?.rule ?? null },
      },
      { tool: 'set_reminder' as const, input: { taskId: t.id, remindAt: t.remindAt } },
    ]),
  };
}

async function undoLast(turn: TurnContext): Promise<string> {
  const undo = turn.state.undo;
  if (!undo) return "There's nothing for me to undo.";
  delete turn.state.undo;
  await runUndoSteps(undo.steps, (name, input) => turn.call(name, input));
  return `Undone: I had ${undo.label}; that is reverted now.`;
}

async function applyChange(turn: TurnContext, intent: SettledIntent, tasks: Task[]): Promise<string> {
  const changed: Task[] = [];
  const v = voice(turn);
  switch (intent.kind) {
    case 'complete': {
      for (const task of tasks) changed.push((await turn.call('complete_task', { taskId: task.id })) as Task);
      turn.state.lastTaskIds = changed.map((t) => t.id);
      const repeating = changed.filter((t) => t.recurrence);
      const next = repeating.length ? ` ${quoteTitles(repeating)} repeats ${repeating[0]?.recurrence?.text}, so the next one is on its way.` : '';
      return `Marked ${quoteTitles(changed)} as done. ✓${next}`;
    }
    case 'reopen':
      for (const task of tasks) changed.push((await turn.call('update_task', { taskId: task.id, status: 'pending' })) as Task);
      turn.state.lastTaskIds = changed.map((t) => t.id);
      return `Reopened ${quoteTitles(changed)}.`;
    case 'delete':
      for (const task of tasks) await turn.call('delete_task', { taskId: task.id });
      turn.state.lastTaskIds = [];
      return `Deleted ${quoteTitles(tasks)}.`;
    case 'rename': {
      // "change it to say …", "rename it to read …": the words after say/read are the title.
      const title = cleanTitle(intent.title.replace(/^(?:say|read)\s+/i, '').replace(/^["“']|["”']$/g, ''));
      if (!title) return 'What should the new title be?';
      const task = tasks[0] as Task;
      const renamed = (await turn.call('update_task', { taskId: task.id, title })) as Task;
      turn.state.lastTaskIds = [renamed.id];
      return `Renamed "${task.title}" to "${renamed.title}".`;
    }
    case 'reschedule': {
      for (const task of tasks) {
        const dueAt = newDueDate(turn, task, intent.when);
        if (!dueAt) return `I couldn't read "${intent.when}" as a date. Try "tomorrow at 3pm" or "next Friday".`;
        changed.push((await turn.call('update_task', { taskId: task.id, dueAt })) as Task);
      }
      turn.state.lastTaskIds = changed.map((t) => t.id);
      return changed.length === 1 ? `Moved ${taskSummary(changed[0] as Task, v)}.` : `Moved ${quoteTitles(changed)} to ${dayOf(changed[0], v)}.`;
    }
    case 'clear_due':
      for (const task of tasks) changed.push((await turn.call('update_task', { taskId: task.id, dueAt: null })) as Task);
      turn.state.lastTaskIds = changed.map((t) => t.id);
      return `Removed the due date from ${quoteTitles(changed)}.`;
    case 'priority':
      for (const task of tasks) changed.push((await turn.call('update_task', { taskId: task.id, priority: intent.priority })) as Task);
      turn.state.lastTaskIds = changed.map((t) => t.id);
      return `Set ${quoteTitles(changed)} to ${intent.priority} priority.`;
    case 'tag': {
      const removeAll = intent.remove.includes('*');
      for (const task of tasks) {
        // "retag X as personal": all tags cleared, then the new ones; "remove all tags from X": none.
        const input = removeAll ? { taskId: task.id, tags: intent.add } : { taskId: task.id, addTags: intent.add, removeTags: intent.remove };
        changed.push((await turn.call('update_task', input)) as Task);
      }
      turn.state.lastTaskIds = changed.map((t) => t.id);
      const what = [
        intent.add.length ? `tagged ${intent.add.map((t) => `#${t.toLowerCase()}`).join(' ')}` : '',
        removeAll ? 'removed all tags' : intent.remove.length ? `removed ${intent.remove.map((t) => `#${t.toLowerCase()}`).join(' ')}` : '',
      ].filter(Boolean);
      return `Done: ${quoteTitles(changed)} ${what.join(' and ')}. Tags now: ${changed[0]?.tags.map((t) => `#${t}`).join(' ') || 'none'}.`;
    }
    case 'reminder': {
      for (const task of tasks) {
        const input = reminderInput(turn, task, intent.spec);
        if (typeof input === 'string') return input;
        changed.push((await turn.call('set_reminder', input)) as Task);
      }
      turn.state.lastTaskIds = changed.map((t) => t.id);
      return `Reminder set: ${changed.map((t) => taskSummary(t, v)).join('; ')}.`;
    }
    case 'clear_reminder':
      // "remove the reminder about the electricity bill" said of a task with no reminder: in a calendar app the
      // reminder is the entry itself, so that deletion is offered (asked, never done silently).
      if (tasks.every((t) => !t.remindAt)) {
        const question = confirmationQuestion(turn.state, { kind: 'delete', target: intent.target }, tasks, v);
        return `${quoteTitles(tasks)} ${tasks.length === 1 ? 'has' : 'have'} no reminder set. ${question}`;
      }
      for (const task of tasks) changed.push((await turn.call('set_reminder', { taskId: task.id, remindAt: null })) as Task);
      turn.state.lastTaskIds = changed.map((t) => t.id);
      return `Removed the reminder from ${quoteTitles(changed)}.`;
    case 'recurrence': {
      let recurrence: string | null = null;
      if (intent.spec !== null) {
        const found = findRecurrence(/^(?:every|each|daily|weekly|monthly|yearly|annually|on|weekdays|biweekly|fortnightly)\b/i.test(intent.spec) ? intent.spec : `every ${intent.spec}`);
        if (!found) return `I couldn't read "${intent.spec}" as a repetition. Try "every Monday" or "every 2 weeks".`;
        recurrence = found.recurrence.rule;
      }
      for (const task of tasks) changed.push((await turn.call('update_task', { taskId: task.id, recurrence })) as Task);
      turn.state.lastTaskIds = changed.map((t) => t.id);
      return recurrence ? `${quoteTitles(changed)} now repeats ${changed[0]?.recurrence?.text}.` : `${quoteTitles(changed)} no longer repeats.`;
    }
    case 'describe':
      for (const task of tasks) changed.push((await turn.call('update_task', { taskId: task.id, description: intent.description })) as Task);
      turn.state.lastTaskIds = changed.map((t) => t.id);
      return `Added the note to ${quoteTitles(changed)}.`;
  }
}

/** "Fri, Nov 27": the day several moved tasks now share (each keeps its own time unless one was given). */
function dayOf(task: Task | undefined, v: Voice): string {
  if (!task?.dueAt) return 'no date';
  return new Intl.DateTimeFormat('en-US', { timeZone: v.timeZone, weekday: 'short', month: 'short', day: 'numeric' }).format(new Date(task.dueAt));
}

const SHIFT = new RegExp(`^(?:by|for|another|an extra)? ?(${NUMBER_PATTERN}) ?(min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)(?: later)?$`, 'i');

/** A new due time: a shift ("by 2 days"), a time only (keeps the day), a day only (keeps the time), or both. */
function newDueDate(turn: TurnContext, task: Task, when: string): string | undefined {
  const ctx = { now: turn.now, timeZone: turn.timeZone };
  const text = when.replace(/^(?:to|until|till|for|on|into)\s+/i, '').trim();
  const shift = SHIFT.exec(text);
  if (shift) {
    const n = parseNumber(shift[1] ?? '') ?? 1;
    const unit = (shift[2] ?? 'day').toLowerCase();
    const base = task.dueAt ? new Date(task.dueAt) : turn.now;
    if (unit.startsWith('month')) {
      const wall = wallClockAt(base, turn.timeZone);
      return instantOf({ ...wall, month: wall.month + n > 12 ? wall.month + n - 12 : wall.month + n, year: wall.year + (wall.month + n > 12 ? 1 : 0) }, turn.timeZone).toISOString();
    }
    const minutes = unit.startsWith('min') ? 1 : unit.startsWith('h') ? 60 : unit.startsWith('w') ? 10_080 : 1440;
    return new Date(base.getTime() + n * minutes * 60_000).toISOString();
  }
  // "move it to 8": a bare number is an hour on a task that has a day.
  const found = findDate(task.dueAt && BARE_CLOCK.test(text) ? `at ${text}` : text, ctx);
  if (!found) return undefined;
  if (found.exact) return found.exact.toISOString();
  const current = task.dueAt ? wallClockAt(new Date(task.dueAt), turn.timeZone) : undefined;
  if (found.hasTime && !found.hasDay && current) {
    return instantOf({ ...current, hour: hourOn(found, current, turn, text), minute: found.wall.minute }, turn.timeZone).toISOString();
  }
  if (!found.hasTime && current) return instantOf({ ...found.wall, hour: current.hour, minute: current.minute }, turn.timeZone).toISOString();
  return resolveDate(found, ctx).toISOString();
}

/**
 * The hour of a time said alone, put on a task's own day: a bare 8-11 read as tonight's because this morning's had
 * passed ("the team meeting is now at eleven" said at 2pm) is that day's morning when the day is not today.
 */
function hourOn(found: NonNullable<ReturnType<typeof findDate>>, day: { year: number; month: number; day: number; hour: number; minute: number }, turn: TurnContext, said = ''): number {
  // "dinner is at 8 now" (it was at 7pm), "make it 4" (it was at 2pm): an hour said without am/pm is the one of the
  // two nearest the task's own time — people move a time by hours, not across the day.
  const bare = BARE_CLOCK.exec(said.replace(/^(?:at|around|about|by)\s+/i, ''));
  if (bare && Number(bare[1]) >= 1 && Number(bare[1]) <= 12) {
    const morning = Number(bare[1]) % 12;
    const own = day.hour * 60 + day.minute;
    const distance = (hour: number) => Math.abs(hour * 60 + found.wall.minute - own);
    if (distance(morning) !== distance(morning + 12)) return distance(morning) < distance(morning + 12) ? morning : morning + 12;
  }
  const today = wallClockAt(turn.now, turn.timeZone);
  const isToday = day.year === today.year && day.month === today.month && day.day === today.day;
  return found.tonight && !isToday ? found.wall.hour - 12 : found.wall.hour;
}

const BARE_CLOCK = /^(\d{1,2})(?::([0-5]\d))?(?: ?o'?clock)?$/i;

/** The words of a reminder request as the user said them (target and time), for adding it as a new task. */
function reminderWords(intent: TargetIntent): string {
  if (intent.kind !== 'reminder') return intent.target;
  // "the night before my flight" with no flight yet: a lead before it, never "the day before" today.
  const spec = intent.spec.replace(/^(?:the|a|one) (?:day|night|evening) before$/i, '1 day before').replace(/^(?:the|a|one) week before$/i, '1 week before');
  return /^(?:it|that|this)$/i.test(intent.target) ? `a reminder for ${spec}` : `${intent.target} ${spec}`.trim();
}

/** A move that says what the user wants on the calendar, with nothing to move: added on the new day. */
function addMoved(turn: TurnContext, intent: Extract<SettledIntent, { kind: 'reschedule' }>): Promise<string> {
  const what = (findDate(intent.target, { now: turn.now, timeZone: turn.timeZone })?.rest ?? intent.target).replace(/^(?:my|our|the) /i, '');
  return addTasks(turn, `${what} ${intent.when}`, false);
}

/** Every word the phrase names the task by (kind nouns aside) is in its title. */
function titleHasAll(task: Task, phrase: string, turn: TurnContext): boolean {
  const title = task.title.toLowerCase().split(/[^\p{L}\p{N}']+/u);
  const words = parseTaskFilter(readReference(phrase).phrase, { now: turn.now, timeZone: turn.timeZone }).words.filter((w) => !KIND_NOUNS.has(w));
  return words.every((w) => title.some((t) => wordMatches(w, t) >= 0.9));
}

/** The words name a day ("tomorrow's meeting") that the task is not due on. */
function offTheDayNamed(turn: TurnContext, task: Task, phrase: string): boolean {
  const { dueFrom, dueTo } = parseTaskFilter(phrase, { now: turn.now, timeZone: turn.timeZone });
  if (!dueFrom || !dueTo || !task.dueAt) return false;
  const due = Date.parse(task.dueAt);
  return due < dueFrom.getTime() || due > dueTo.getTime();
}

/** A reminder time that falls after the task is due describes another occurrence of it, not a reminder of this one. */
function remindsAfterDue(turn: TurnContext, task: Task, spec: string): boolean {
  if (!task.dueAt || !spec || spec === 'at due') return false;
  const input = reminderInput(turn, task, spec);
  if (typeof input === 'string' || typeof input.remindAt !== 'string') return false;
  return Date.parse(input.remindAt) > Date.parse(task.dueAt);
}

function reminderInput(turn: TurnContext, task: Task, spec: string): Record<string, unknown> | string {
  const before = new RegExp(`(${NUMBER_PATTERN})[ -]?(m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?) (?:before|early|earlier|ahead|prior)`, 'i').exec(spec);
  const dayBefore = /\b(?:the|a|one) (day|night|week) before\b/i.exec(spec);
  if (before || dayBefore || spec === 'at due') {
    if (!task.dueAt) return `"${task.title}" has no due date, so tell me when to remind you (e.g. "remind me about ${task.title.toLowerCase()} tomorrow at 9am").`;
    let minutes = 0;
    if (before) {
      const n = parseNumber(before[1] ?? '') ?? 0;
      const unit = (before[2] ?? 'm').toLowerCase();
      minutes = Math.round(n * (unit.startsWith('h') ? 60 : unit.startsWith('d') ? 1440 : unit.startsWith('w') ? 10_080 : 1));
    } else if (dayBefore) {
      minutes = dayBefore[1] === 'week' ? 10_080 : 1440;
    }
    return { taskId: task.id, minutesBefore: minutes };
  }
  const ctx = { now: turn.now, timeZone: turn.timeZone };
  const found = findDate(spec, ctx);
  if (!found) return `I couldn't read "${spec}" as a time. Try "30 minutes before" or "tomorrow at 9am".`;
  if (!found.hasDay && task.dueAt && !found.exact) {
    const dueDay = wallClockAt(new Date(task.dueAt), turn.timeZone);
    return { taskId: task.id, remindAt: instantOf({ ...dueDay, hour: hourOn(found, dueDay, turn), minute: found.wall.minute }, turn.timeZone).toISOString() };
  }
  return { taskId: task.id, remindAt: resolveDate(found, ctx).toISOString() };
}

// ---- follow-ups and fallbacks ----

const YES = /^(?:y|yes|yeah|yep|yup|sure|ok(?:ay)?|please do|do it|go ahead|add it|yes please|correct|right|sounds good|confirm(?:ed)?)\b/i;
const NO = /^(?:n|no|nope|nah|cancel|never ?mind|forget it|stop|none|neither|don'?t|no thanks|keep (?:it|them))\b/i;

async function answerPending(turn: TurnContext, pending: NonNullable<ConversationState['pending']>, text: string): Promise<string | undefined> {
  if (pending.kind === 'confirm_add') {
    if (YES.test(text)) return addTasks(turn, pending.text, false);
    if (NO.test(text)) return "OK, I won't add it.";
    return undefined;
  }
  if (NO.test(text)) return 'OK, I left everything as it was.';
  const candidates = (await loadTasks(turn, { status: 'all' })).filter((t) => pending.candidateIds.includes(t.id));
  const ordered = pending.candidateIds.map((id) => candidates.find((t) => t.id === id)).filter((t): t is Task => !!t);
  let chosen: Task[] = [];
  // "just the second one", "only mom": the words after that are the pick.
  text = text.replace(/^(?:only|just)\s+(?=\S)/i, '');
  if (pending.confirm && YES.test(text)) chosen = ordered;
  else if (/^(?:all|both|all of them|both of them|every one|each|everything|all \d+)$/i.test(text)) chosen = ordered;
  else {
    const picks = text.split(/\s*(?:,|and|&)\s*/).map((part) => pickByOrdinal(part, ordered));
    if (picks.length > 0 && picks.every((p) => p)) chosen = picks as Task[];
    else {
      const words = parseTaskFilter(text, { now: turn.now, timeZone: turn.timeZone }).words;
      const best = bestMatches(rankTasks(words, ordered, text.replace(/^the\s+/i, '').replace(/\s+one$/i, '')));
      if (best.length === 1) chosen = [best[0]!.task];
    }
  }
  if (chosen.length === 0) {
    if (decide(text).rule) return undefined;
    turn.state.pending = pending;
    return `Sorry, which one? Reply with a number from 1 to ${ordered.length}, or "cancel".`;
  }
  const asked = pending.joinUndo ? turn.state.undo : undefined;
  const reply = await apply(turn, pending.intent as SettledIntent, chosen);
  if (asked && turn.state.undo && turn.state.undo !== asked) turn.state.undo = joinUndos([asked, turn.state.undo]);
  return reply;
}

function hasTaskSignals(text: string, turn: TurnContext): boolean {
  const draft = parseTaskDetails(text, { now: turn.now, timeZone: turn.timeZone });
  return !!(draft.dueAt || draft.recurrence || draft.tags.length || draft.priority || draft.reminderMinutesBefore !== undefined);
}

/** No grammar rule matched: add it when it carries task signals (a date, a tag…), otherwise ask before adding. */
const BARE_VERB = /^(add|create|new|delete|remove|complete|finish|done|rename|move|reschedule|postpone|remind me|remind|tag|untag|prioriti[sz]e|mark|change|update|edit|set|show|list|find|search)$/i;

// Questions and moods never become tasks, whatever date words they carry ("has my calendar been updated today", "ugh mondays").
const QUESTION_START = /^(?:why|who|whom|whose|how|what|whats|what's|when|where|which|is|are|am|was|were|can|could|would|should|does|do|did|has|have|had|will|shall)\b/i;
// "in the last year how many hours …": a question wherever it starts.
const ASKS_INSIDE = /\bhow (?:many|much|long|often)\b/i;
// "check the third event of march 22" looks the calendar up; "check the oil tomorrow", "review the budget on friday" are things to do.
const LOOKS_UP = /^(?:check|look at|review|go over|go through|read out)\b(?! (?:off|it off|that off)\b)/i;
// "great meeting today", "what a long day tomorrow will be": a verdict on something, not a thing to do.
const MOOD = /^(?:(?:i'?m|i am|im|i feel|feeling|i'?ve been|i was|so|ugh+|argh+|meh|sigh|omg|lol|haha+|yay|wow|damn|oh no)\b|(?:what an?|such an?|great|awesome|amazing|lovely|terrible|awful|horrible|brutal|exhausting|boring) (?=\p{L})|wish me luck\b|fingers crossed\b|happy (?=\p{L})|merry (?=\p{L})|.*\b(?:amirite|amiright|lol|lmao|rofl|haha+|smh|ffs|ugh+|tbh|ngl|fml|omg)[\s!?.]*$|dreading\b|i (?:hate|love|like|dislike|dread|miss|adore|enjoy|can'?t stand|cannot stand|had|went|was|did|saw|met)\b|we (?:had|went|were|did|saw|met)\b|.*\b(?:going to|gonna) be (?:a |an |so |really |very |such a )?(?:long|busy|great|good|bad|rough|fun|hard|tough|crazy|hectic|nice|big|stressful|tiring|lovely)\b)/iu;

// "(so) excited for friday", "tired of mondays": a feeling, whatever day it names.
const FEELING = new RegExp(`^(?:(?:so+|really|very|super|kinda|bit|a bit|quite|too) )?(?:${FEELINGS})\\b`, 'i');
// A title that starts with being: what the message says is how something is, not what to do.
const REMARK = /^(?:it|that|this)(?:['’]?s| is| was)\s+(?!time to\b)\p{L}/iu;
const STATE_OF_BEING = /^(?:was|were|is|are|am|be|been|being|(?:may|might|will|would|could|should|must|gonna|going to) be|(?:has|have|had) been)\b/i;
// "buy salt and pepper", "call the vet", "grab bananas, oat milk n coffee": a to-do verb typed first is a task to add.
const TODO_VERB = new RegExp(`^(?:${TODO_VERBS})\\s+(?=\\p{L})`, 'iu');
// A title of only fillers and interjections.
const EMPTY_TITLE = /^(?:(?:again|too|finally|at last|woo+|woohoo|yess*|lol|ugh+|meh|yay|so|oh|well|hmm+|argh+|sigh|omg|wow|already|haha+|lmao|smh)[\s!?.,]*)+$/i;

/** A pending task every significant word of whose title the message says ("Optician appointment" ← "the optician …"). */
async function namedTask(turn: TurnContext, text: string, status: 'pending' | 'all' = 'pending'): Promise<Task | undefined> {
  const said = parseTaskFilter(text, { now: turn.now, timeZone: turn.timeZone }).words;
  if (said.length === 0) return undefined;
  const pending = await loadTasks(turn, { status });
  return pending.find((task) => {
    const own = parseTaskFilter(task.title, { now: turn.now, timeZone: turn.timeZone }).words.filter((w) => w.length >= 3 && !KIND_NOUNS.has(w));
    return own.length > 0 && own.every((word) => said.some((s) => wordMatches(s, word) >= 0.9));
  });
}

const CALENDAR_WORDS = /\b(?:calendar|lists?|schedules?|scheduled|agenda|diary|events?|meetings?|appointments?|appts?|plans?|planned|busy|free|upcoming|up coming|reminders?|tasks?|to-?dos?)\b/i;
const CALENDAR_MENTION = new RegExp(`^(?:(?:my|the|all|latest|next|upcoming|up coming|today'?s|tomorrow'?s|this week'?s|tell (?:me )?about|more about|details? (?:of|about|on))\\s+)+(?:[\\p{L}'-]+\\s+){0,2}${CALENDAR_WORDS.source.slice(2, -2)}\\b`, 'iu');

// "is the report done?", "did i finish the slides": whether a task the user has is done.
const ASKS_IF_DONE = /^(?:is|are|was|were|has|have|did)\b.*\b(?:done|finished|complete|completed|sent|paid|submitted|finish|complete|do|pay|send|submit)\b/i;

async function asksIfDone(turn: TurnContext, text: string): Promise<boolean> {
  if (!ASKS_IF_DONE.test(text)) return false;
  const words = parseTaskFilter(text, { now: turn.now, timeZone: turn.timeZone }).words;
  return words.length > 0 && rankTasks(words, await loadTasks(turn, { status: 'all' }), words.join(' ')).length > 0;
}

/** Some pending task's title shares a word with these. */
async function mentionsATask(turn: TurnContext, text: string): Promise<boolean> {
  const words = parseTaskFilter(text, { now: turn.now, timeZone: turn.timeZone }).words;
  return words.length > 0 && rankTasks(words, await loadTasks(turn, { status: 'pending' }), words.join(' ')).length > 0;
}

/** A question names the calendar, a day, or a task the user has. */
async function asksAboutTasks(turn: TurnContext, text: string): Promise<boolean> {
  const filter = parseTaskFilter(text, { now: turn.now, timeZone: turn.timeZone });
  // "is eggs done?": a question about a task may be about a completed one.
  // "do i need to buy anything": a word some task's title has.
  return !!(filter.dueFrom || filter.overdue || CALENDAR_WORDS.test(text) || (await namedTask(turn, text, 'all')) || (await asksIfDone(turn, text)) || (/\b(?:anything|something|any|anyone|anybody|someone|somebody)\b/i.test(text) && (await mentionsATask(turn, text))));
}

async function fallback(turn: TurnContext, text: string): Promise<string> {
  const bare = BARE_VERB.exec(text);
  if (bare) {
    const verb = (bare[1] ?? '').toLowerCase();
    if (/^remind/.test(verb)) return 'What should I remind you about, and when? For example: "remind me to call mom at 6pm".';
    return `Which task should I ${verb}? For example: "${verb} ${/^(add|create|new)$/.test(verb) ? 'buy milk tomorrow at 5pm' : 'the dentist task'}".`;
  }
  const looksUp = LOOKS_UP.test(text) && (CALENDAR_WORDS.test(text) || !!(await namedTask(turn, text, 'all')));
  if (/\?$/.test(text) || QUESTION_START.test(text) || ASKS_INSIDE.test(text) || looksUp) {
    // "is the meeting scheduled for tomorrow", "who will be at the meeting this friday": a question about the tasks is answered from them.
    if (await asksAboutTasks(turn, text)) return answerQuery(turn, text, false, false);
    return `I'm not sure how to answer that. ${HELP}`;
  }
  // "my work schedule", "latest events", "up coming events": a bare mention of the calendar asks to see it.
  if (CALENDAR_MENTION.test(text) && text.split(/\s+/).length <= 6) return answerQuery(turn, text, false, false);
  // "i don't want the meeting to be at 5": a wish about a task, never a new one.
  if (/^(?:i|we) (?:really )?(?:don'?t|do not|no longer|won'?t) (?:want|need|like)\b/i.test(text)) {
    return `I didn't change anything. Tell me what to do, e.g. "move the meeting to 6pm" or "delete the meeting".`;
  }
  if (MOOD.test(text) || FEELING.test(text)) return SMALL_TALK_REPLIES.mood;
  // "it's not fair", "that's not what i meant": a remark about what happened, never a task (no rule read a change in it).
  if (REMARK.test(text)) return /\bwhat i (?:meant|said|wanted|asked)\b/i.test(text) ? SMALL_TALK_REPLIES.negative : SMALL_TALK_REPLIES.mood;
  const draft = parseTaskDetails(text, { now: turn.now, timeZone: turn.timeZone });
  // "monday again 🙄": once the day is read, nothing is left to do.
  // "today was actually pretty productive", "may the 4th be with you": once the day is read, a state is left, not a thing to do.
  if (draft.title && (EMPTY_TITLE.test(draft.title) || STATE_OF_BEING.test(draft.title))) return SMALL_TALK_REPLIES.mood;
  if (draft.title && (hasTaskSignals(text, turn) || namesAnEvent(text) || TODO_VERB.test(text))) {
    // "moving the optician to friday": a task it already has is named, so this is about that task, not a new one.
    const named = await namedTask(turn, text);
    if (!named) return addTasks(turn, text, false);
    turn.state.pending = { kind: 'confirm_add', text };
    turn.state.lastTaskIds = [named.id];
    return `You already have ${taskSummary(named, voice(turn))}. To change it, say e.g. "move it to friday" or "mark it done". Or should I add "${draft.title}" as a new task? (yes / no)`;
  }
  // "my health planning", "my dentist appointment": a bare "my …" names something the user may have — looked up first.
  const mine = /^my\s/i.test(text) && text.split(/\s+/).length <= 5 ? parseTaskFilter(text, { now: turn.now, timeZone: turn.timeZone }).words : [];
  if (draft.title && mine.length > 0) {
    const words = mine;
    if (rankTasks(words, await loadTasks(turn, { status: 'pending' }), words.join(' ')).length > 0) return answerQuery(turn, text, false, false);
    turn.state.pending = { kind: 'confirm_add', text };
    return `You have no task matching "${words.join(' ')}". Should I add "${draft.title}" as a task? (yes / no)`;
  }
  if (draft.title && text.split(/\s+/).length <= 12 && /\p{L}{2,}/u.test(text)) {
    turn.state.pending = { kind: 'confirm_add', text };
    return `Should I add "${draft.title}" as a task? (yes / no)`;
  }
  return `Sorry, I didn't understand that. ${HELP}`;
}

export type { Priority };
