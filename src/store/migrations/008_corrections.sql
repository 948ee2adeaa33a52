-- Corrections by hand, kept as an audit log: append-only. A correction is
-- never deleted nor changed; undoing it fills undone_at and undone_by. What
-- it targets is kept as the statements and speakers it names (target, see
-- src/model/correction.ts), not as claim ids, which are re-derived.
CREATE TABLE corrections (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  made_at timestamptz NOT NULL DEFAULT now(),
  made_by text NOT NULL,
  note text NOT NULL,
  kind text NOT NULL,
  target jsonb NOT NULL,
  -- For an outlet or date: the article's value before it, which undo restores.
  previous jsonb,
  undone_at timestamptz,
  undone_by text
);

CREATE INDEX corrections_in_force ON corrections (id) WHERE undone_at IS NULL;

-- The corrections that changed each claim, for the board's 'corrected by hand'.
ALTER TABLE claims ADD COLUMN corrections jsonb NOT NULL DEFAULT '[]';
