import type { ConfigSource } from '../config/load-config';
import type { ConfigProblem } from '../config/validate-config';
import { useI18n } from '../i18n/i18n-context';

/** Shown instead of the app when config.json (or the build-time values) is wrong. */
export function ConfigErrorPage({
  problems,
  source,
}: {
  problems: readonly ConfigProblem[];
  source: ConfigSource;
}) {
  const { configError: words } = useI18n().text;
  const [before, after] = words.whoFixes;
  return (
    <main id="main" className="config-error">
      <h1>{words.title}</h1>
      <p>{source === 'build' ? words.buildValues : words.configFile}</p>
      <table>
        <caption className="visually-hidden">{words.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.key}</th>
            <th scope="col">{words.expected}</th>
            <th scope="col">{words.found}</th>
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
        {before}
        <code>.env.example</code>
        {after}
      </p>
    </main>
  );
}
