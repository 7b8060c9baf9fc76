// Tag chips with a text box; suggestions come from the user's existing tags (/api/tags) via a datalist.
import { useId, useState } from 'react';
import { useTags } from '../api/tasks.js';
import { CloseIcon } from '../ui/icons.js';

export function TagInput({ value, onChange }: { value: string[]; onChange(tags: string[]): void }) {
  const [draft, setDraft] = useState('');
  const listId = useId();
  const inputId = useId();
  const { data: known = [] } = useTags();
  const suggestions = known.filter((tag) => !value.includes(tag.name));

  const add = (raw: string) => {
    const tag = raw.trim().replace(/^#/, '').toLowerCase().slice(0, 40);
    if (tag && !value.includes(tag) && value.length < 20) onChange([...value, tag]);
    setDraft('');
  };

  return (
    <div className="field">
      <label htmlFor={inputId}>Tags</label>
      <div className="tag-input">
        {value.map((tag) => (
          <span key={tag} className="chip chip-tag">
            #{tag}
            <button type="button" className="chip-x" onClick={() => onChange(value.filter((t) => t !== tag))} aria-label={`Remove tag ${tag}`}>
              <CloseIcon size={11} />
            </button>
          </span>
        ))}
        <input
          id={inputId}
          list={listId}
          value={draft}
          placeholder={value.length ? '' : 'Add a tag'}
          onChange={(e) => {
            const next = e.target.value;
            // Picking a datalist option or typing a comma/space commits the tag.
            if (/[,\s]$/.test(next)) add(next.slice(0, -1));
            else if (suggestions.some((s) => s.name === next)) add(next);
            else setDraft(next);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && draft.trim()) {
              e.preventDefault();
              add(draft);
            } else if (e.key === 'Backspace' && !draft && value.length) {
              onChange(value.slice(0, -1));
            }
          }}
          onBlur={() => draft.trim() && add(draft)}
        />
        <datalist id={listId}>
          {suggestions.map((tag) => (
            <option key={tag.name} value={tag.name}>{`${tag.count} task${tag.count === 1 ? '' : 's'}`}</option>
          ))}
        </datalist>
      </div>
    </div>
  );
}
