import { api } from '../api.js';
import { CheckForm } from '../components/CheckForm.js';
import { CheckResultView } from '../components/CheckResultView.js';
import { Await } from '../components/Loaded.js';
import { WatchButton } from '../components/WatchButton.js';
import { href } from '../router.js';
import type { CheckResult } from '../types.js';
import { useApi } from '../useApi.js';

/** A claim the user states, judged against every stored article; nothing is kept until they watch it. */
export function CheckPage({ claim }: { claim: string }) {
  const check = useApi(() => (claim.trim() ? api.check(claim) : Promise.resolve(null)), [claim]);
  return (
    <>
      <header class="page-head">
        <h1>Check a claim</h1>
        <p class="lede">
          State a claim in one sentence: every stored article that bears on it is shown with its stance and the sentences that decide it.
          Claims you watch are on the <a href={href.watchList()}>Watched</a> page.
        </p>
      </header>
      <CheckForm key={claim} claim={claim} />
      {claim.trim() && (
        <Await loaded={check}>
          {(result: CheckResult | null) =>
            result && (
              <CheckResultView check={result} level={2}>
                <WatchButton claim={result.claim} />
              </CheckResultView>
            )
          }
        </Await>
      )}
    </>
  );
}
