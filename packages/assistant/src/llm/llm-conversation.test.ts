// The LLM path keeps the interpreter's conversation state: questions asked by tools, the last query, undo; and its bounds.
// The model is a scripted OpenAI-compatible server on a real socket; tasks live in the in-memory task service.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Task } from '@todo/domain';
import { createAssistant, type AssistantTurn } from '../assistant.js';
import type { ConversationState } from '../interpreter/turn.js';
import { createMemoryTaskService } from '../testing/memory-task-service.js';
import { startFakeLlmServer, toolResults, type ChatCompletionRequest, type FakeLlmServer, type ScriptedReply } from '../testing/fake-llm-server.js';
import { LLM_MAX_STEPS, LLM_MAX_TOOL_CALLS } from './llm-agent.js';

const NOW = new Date('2026-11-25T14:00:00.000Z'); // a Wednesday

describe('LLM path: conversation state and bounds', () => {
  const taskService = createMemoryTaskService({ now: () => NOW });
  const warnings: string[] = [];
  let llm: FakeLlmServer;
  let script: (request: ChatCompletionRequest, step: number) => ScriptedReply;
  let offset = 0;
  let users = 0;

  beforeAll(async () => {
    llm = await startFakeLlmServer((request, index) => script(request, index - offset));
  });
  afterAll(() => llm.close());
  beforeEach(() => {
    offset = llm.requests.length;
  });

  /** A conversation of a new user: each `say` is one turn, with the state and history the last turn left. */
  function conversation(seed: Array<{ title: string; status?: 'completed'; dueAt?: string; tags?: string[] }> = [], timeoutMs = 10_000) {
    const userId = `user-${(users += 1)}`;
    const assistant = createAssistant({
      taskService,
      now: () => NOW,
      log: { warn: (_obj, msg) => void warnings.push(msg) },
      llm: { baseURL: llm.baseURL, model: 'scripted-model', timeoutMs },
    });
    const history: Array<{ role: 'user' | 'assistant'; content: string }> = [];
    let state: ConversationState = {};
    const ready = (async () => {
      const tasks: Task[] = [];
      for (const { status, ...input } of seed) {
        const task = await taskService.create(userId, input);
        tasks.push(status ? await taskService.complete(userId, task.id) : task);
      }
      return tasks;
    })();
    return {
      userId,
      seeded: () => ready,
      get state() {
        return state;
      },
      async say(message: string): Promise<AssistantTurn> {
        await ready;
        offset = llm.requests.length;
        const turn = await assistant.respond({ userId, timeZone: 'UTC', message, history: [...history], state });
        history.push({ role: 'user', content: message }, { role: 'assistant', content: turn.reply });
        state = turn.state;
        return turn;
      },
      modelAsked: () => llm.requests.length - offset,
      titles: async (status: 'all' | 'pending' | 'completed' = 'all') => (await taskService.list(userId, { status, limit: 200 })).items.map((t) => t.title).sort(),
    };
  }

  const deleteAll = (tasks: Task[]): ScriptedReply => ({ toolCalls: tasks.map((t) => ({ name: 'delete_task', arguments: { taskId: t.id } })) });

  it('asks before a bulk deletion the model makes, and a yes runs it without the model; undo brings them back as they were', async () => {
    const c = conversation([{ title: 'Old report', status: 'completed' }, { title: 'Paid rent', status: 'completed' }, { title: 'Sent invoice', status: 'completed' }, { title: 'Call mom' }]);
    script = (request, step) => {
      if (step === 0) return { toolCalls: [{ name: 'list_tasks', arguments: { status: 'completed' } }] };
      if (step === 1) return deleteAll((toolResults(request).at(-1) as { items: Task[] }).items);
      return { text: 'Deleted your done tasks.' };
    };
    const first = await c.say('delete all my done tasks');
    expect(first.actions.map((a) => a.tool)).toEqual(['list_tasks']);
    expect(first.reply).toMatch(/Delete these 3 tasks\?[\s\S]*Old report[\s\S]*Paid rent[\s\S]*Sent invoice[\s\S]*\(yes \/ no\)/);
    expect(await c.titles()).toEqual(['Call mom', 'Old report', 'Paid rent', 'Sent invoice']);

    const second = await c.say('yes');
    expect(c.modelAsked()).toBe(0);
    expect(second.actions.filter((a) => a.tool !== 'list_tasks').map((a) => a.tool)).toEqual(['delete_task', 'delete_task', 'delete_task']);
    expect(second.reply).toMatch(/Deleted "Old report", "Paid rent" and "Sent invoice"|Deleted .*Old report.*Paid rent.*Sent invoice/);
    expect(await c.titles()).toEqual(['Call mom']);

    script = (_request, step) => (step === 0 ? { toolCalls: [{ name: 'undo_last_change', arguments: {} }] } : { text: 'Restored.' });
    await c.say('oops, undo that');
    expect(await c.titles('completed')).toEqual(['Old report', 'Paid rent', 'Sent invoice']);
  });

  it('resolves the question the way the interpreter does: "only the second one" deletes just that one', async () => {
    const c = conversation([{ title: 'Spam one' }, { title: 'Spam two' }, { title: 'Spam three' }]);
    const seeded = await c.seeded();
    script = (_request, step) => (step === 0 ? deleteAll(seeded) : { text: 'Deleted.' });
    const first = await c.say('delete the spam tasks');
    expect(first.actions).toEqual([]);
    expect(c.state.pending).toMatchObject({ kind: 'choose', confirm: true, candidateIds: seeded.map((t) => t.id) });

    const second = await c.say('only the second one');
    expect(c.modelAsked()).toBe(0);
    expect(second.reply).toMatch(/Deleted "Spam two"/);
    expect(await c.titles()).toEqual(['Spam one', 'Spam three']);
  });

  it('a no leaves the tasks, and a new request instead of an answer goes to the model with the question dropped', async () => {
    const c = conversation([{ title: 'Draft A' }, { title: 'Draft B' }]);
    const seeded = await c.seeded();
    script = (_request, step) => (step === 0 ? deleteAll(seeded) : { text: 'Deleted.' });
    await c.say('delete both drafts');
    const no = await c.say('no');
    expect(c.modelAsked()).toBe(0);
    expect(no.reply).toMatch(/left everything/);
    expect(await c.titles()).toEqual(['Draft A', 'Draft B']);

    await c.say('delete both drafts');
    script = (_request, step) => (step === 0 ? { toolCalls: [{ name: 'add_task', arguments: { title: 'Buy bread' } }] } : { text: 'Added "Buy bread".' });
    const other = await c.say('add buy bread');
    expect(c.modelAsked()).toBe(2);
    expect(other).toMatchObject({ engine: 'llm', reply: 'Added "Buy bread".' });
    expect(c.state.pending).toBeUndefined();
    expect(await c.titles()).toEqual(['Buy bread', 'Draft A', 'Draft B']);
  });

  it('deletes a single task at once', async () => {
    const c = conversation([{ title: 'Dentist' }, { title: 'Gym' }]);
    const [dentist] = await c.seeded();
    script = (_request, step) => (step === 0 ? deleteAll([dentist!]) : { text: 'Deleted "Dentist".' });
    const turn = await c.say('delete the dentist task');
    expect(turn.reply).toBe('Deleted "Dentist".');
    expect(c.state.pending).toBeUndefined();
    expect(await c.titles()).toEqual(['Gym']);
  });

  it('a deletion after one already ran in the turn waits for the yes as well; undo then takes back all of them', async () => {
    const c = conversation([{ title: 'Alpha' }, { title: 'Beta' }, { title: 'Gamma' }]);
    const [alpha, beta, gamma] = await c.seeded();
    script = (_request, step) => (step === 0 ? deleteAll([alpha!]) : step === 1 ? deleteAll([beta!, gamma!]) : { text: 'Deleted all three.' });
    const turn = await c.say('delete alpha, then beta and gamma');
    expect(turn.actions.map((a) => a.tool)).toEqual(['delete_task']);
    expect(turn.reply).toMatch(/^Done: delete_task\.\nDelete these 2 tasks\?\n1\. Beta[\s\S]*2\. Gamma/);
    expect(await c.titles()).toEqual(['Beta', 'Gamma']);
    await c.say('yes');
    expect(await c.titles()).toEqual([]);

    // One request, one undo: what ran at once and what waited for the yes come back together.
    script = (_request, step) => (step === 0 ? { toolCalls: [{ name: 'undo_last_change', arguments: {} }] } : { text: 'Restored.' });
    await c.say('undo');
    expect(await c.titles()).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('keeps the question the model answered, so "and friday?" is answered by the interpreter while the endpoint is down', async () => {
    const c = conversation([{ title: 'Team lunch', dueAt: '2026-11-26T12:00:00.000Z' }, { title: 'Pay rent', dueAt: '2026-11-27T10:00:00.000Z' }]);
    script = (_request, step) =>
      step === 0 ? { toolCalls: [{ name: 'list_tasks', arguments: { dueFrom: '2026-11-26T00:00:00Z', dueTo: '2026-11-26T23:59:59Z' } }] } : { text: 'Tomorrow: Team lunch at noon.' };
    await c.say("what's due tomorrow?");
    expect(c.state.lastQuery).toMatchObject({ search: false, count: false });

    script = () => ({ status: 500 });
    const warned = warnings.length;
    const followUp = await c.say('and friday?');
    expect(warnings.slice(warned).join(' ')).toMatch(/LLM endpoint failed/);
    expect(followUp.engine).toBe('interpreter');
    expect(followUp.reply).toMatch(/1 pending task due .*Pay rent/s);
    expect(followUp.reply).not.toMatch(/Team lunch/);
  });

  it('a turn that was not a question leaves no last query behind (as in the interpreter)', async () => {
    const c = conversation();
    script = (_request, step) => (step === 0 ? { toolCalls: [{ name: 'list_tasks', arguments: {} }] } : { text: 'Nothing yet.' });
    await c.say('what do I have?');
    expect(c.state.lastQuery).toBeDefined();
    script = (_request, step) => (step === 0 ? { toolCalls: [{ name: 'add_task', arguments: { title: 'Water plants' } }] } : { text: 'Added.' });
    await c.say('add water plants');
    expect(c.state.lastQuery).toBeUndefined();
  });

  it('when the endpoint fails after the model changed something, undo (by the interpreter) takes that change back', async () => {
    const c = conversation();
    script = (_request, step) => (step === 0 ? { toolCalls: [{ name: 'add_task', arguments: { title: 'Book dentist' } }] } : { status: 500 });
    const first = await c.say('book the dentist');
    expect(first.reply).toMatch(/I did add_task, but then lost contact/);
    expect(c.state.lastTaskIds).toHaveLength(1);
    expect(await c.titles()).toEqual(['Book dentist']);

    script = () => ({ status: 500 });
    const undo = await c.say('undo');
    expect(undo.engine).toBe('interpreter');
    expect(undo.reply).toMatch(/Undone: I had added "Book dentist"/);
    expect(await c.titles()).toEqual([]);
  });

  it('a model that never answers is given up at the time limit, and the interpreter answers', async () => {
    const c = conversation([], 500);
    script = () => ({ hang: true });
    const warned = warnings.length;
    const started = performance.now();
    const turn = await c.say('add buy milk tomorrow');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(turn).toMatchObject({ engine: 'interpreter', reply: expect.stringMatching(/^Added "Buy milk"/) });
    expect(warnings.slice(warned).join(' ')).toMatch(/LLM endpoint failed/);
    expect(await c.titles()).toEqual(['Buy milk']);
  });

  it(`stops a model that never stops calling tools after ${LLM_MAX_STEPS} steps, and says so`, async () => {
    const c = conversation();
    script = () => ({ toolCalls: [{ name: 'search_tasks', arguments: { query: 'anything' } }] });
    const turn = await c.say('find everything');
    expect(c.modelAsked()).toBe(LLM_MAX_STEPS);
    expect(turn.actions).toHaveLength(LLM_MAX_STEPS);
    expect(turn.reply).toMatch(new RegExp(`stopped after ${LLM_MAX_STEPS} rounds`));
  });

  it(`counts tool calls over the steps of a turn: ${LLM_MAX_TOOL_CALLS} run, the rest are refused and reported`, async () => {
    const c = conversation();
    script = (_request, step) => ({ toolCalls: Array.from({ length: 6 }, (_, i) => ({ name: 'add_task', arguments: { title: `Item ${step}-${i}` } })) });
    const turn = await c.say('add lots of things');
    expect(c.modelAsked()).toBe(4);
    expect(turn.actions).toHaveLength(LLM_MAX_TOOL_CALLS);
    expect(turn.reply).toMatch(new RegExp(`stopped after ${LLM_MAX_TOOL_CALLS} actions.*4 more were not run`));
    expect(await c.titles()).toHaveLength(LLM_MAX_TOOL_CALLS);
  });
});
