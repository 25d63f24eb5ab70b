import type { ConfigSource } from '../config/load-config';
import type { ConfigProblem } from '../config/validate-config';

/** Shown instead of the app when config.json (or the build-time values) is wrong. */
export function ConfigErrorPage({
  problems,
  source,
}: {
  problems: readonly ConfigProblem[];
  source: ConfigSource;
}) {
  return (
    <main id="main" className="config-error">
      <h1>This app is not configured correctly</h1>
      <p>
        {source === 'build'
          ? 'The build-time VITE_* values have problems:'
          : 'The file config.json next to this page has problems:'}
      </p>
      <table>
        <caption className="visually-hidden">Configuration problems</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Expected</th>
            <th scope="col">Found</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem) => (
            <tr key={problem.key}>
              <th scope="row">
                <code>{problem.key}</code>
              </th>
              <td>{problem.expected}</td>
              <td>{problem.found}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Whoever deployed this app can fix it; the keys are described in the project&apos;s README
        and <code>.env.example</code>.
      </p>
    </main>
  );
}
