import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import local from './import-zones.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const root = '/repo';
const zones = [
  { from: 'src', forbidden: ['.'], allowed: ['contract'] },
  { from: 'api', forbidden: ['.'], allowed: ['contract'] },
  { from: 'contract', forbidden: ['.'] },
  { from: 'emulator', forbidden: ['.'], allowed: ['contract', 'api'] },
  {
    from: 'infra',
    forbidden: ['.'],
    allowed: ['contract', 'api/route-table.ts', 'api/store/table-schema.ts'],
  },
  { from: 'src/lib', forbidden: ['src/app', 'src/features'] },
  { from: 'src/components', forbidden: ['src/app', 'src/features'] },
  { from: 'src/features', forbidden: ['src/app'] },
  { isolate: 'src/features' },
];
const options = [{ root, zones }];

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
});

const valid = (file: string, code: string) => ({ filename: `${root}/${file}`, code, options });
const invalid = (file: string, code: string) => ({
  filename: `${root}/${file}`,
  code,
  options,
  errors: [{ messageId: 'forbidden' }],
});

describe('import-zones', () => {
  tester.run('import-zones', local.rules['import-zones'], {
    valid: [
      // A folder named api inside a feature is the feature's own, not the top-level api/.
      valid('src/features/transactions/TransactionsPage.tsx', "import { list } from './api/list';"),
      valid(
        'src/features/transactions/api/list.ts',
        "import { get } from '../../../lib/http/get';",
      ),
      valid(
        'src/features/home/HomePage.tsx',
        "import { ErrorPanel } from '../../components/ErrorPanel';",
      ),
      valid(
        'src/features/home/HomePage.tsx',
        "import type { Money } from '../../../contract/money';",
      ),
      valid('src/app/App.tsx', "const Page = () => import('../features/profile/ProfilePage');"),
      valid('src/app/App.tsx', "import { HomePage } from '../features/home/HomePage';"),
      valid('src/lib/http/client.ts', "import { z } from 'zod/mini'; import { a } from './a';"),
      valid(
        'emulator/gateway/create-gateway.ts',
        "import { routeTable } from '../../api/route-table';",
      ),
      valid(
        'emulator/create-emulator.ts',
        "import { createHandler } from '../api/create-handler';",
      ),
      valid('infra/lib/api.ts', "import { routeTable } from '../../api/route-table';"),
      valid('infra/lib/table.ts', "import { tableSchema } from '../../api/store/table-schema.ts';"),
      valid('infra/lib/auth.ts', "import { pool } from '../../contract/pool-definition';"),
      valid('infra/test/auth.test.ts', "import { stack } from '../lib/stack';"),
      valid('contract/parse-config.ts', "import { ConfigError } from './config-error';"),
      valid('tests/e2e/journey.test.ts', "import { App } from '../../src/app/App';"),
      valid('scripts/size.ts', "import { loadConfig } from '../api/config';"),
    ],
    invalid: [
      invalid(
        'src/features/home/HomePage.tsx',
        "import { loadConfig } from '../../../api/config';",
      ),
      invalid(
        'src/lib/http/client.ts',
        "import type { Emulator } from '../../../emulator/create-emulator';",
      ),
      invalid(
        'src/features/transactions/TransactionsPage.tsx',
        "import { HomePage } from '../home/HomePage';",
      ),
      invalid('src/features/transactions/api/list.ts', "import { x } from '../../profile/api/x';"),
      invalid('src/features/home/HomePage.tsx', "import { App } from '../../app/App';"),
      invalid(
        'src/lib/auth/sign-in.ts',
        "const page = () => import('../../features/home/HomePage');",
      ),
      invalid('src/components/ErrorPanel.tsx', "export { App } from '../app/App';"),
      invalid('src/lib/index.ts', "export * from '../features/home/HomePage';"),
      invalid('api/handler.ts', "import { createEmulator } from '../emulator/create-emulator';"),
      invalid(
        'api/routes/list.ts',
        "import type { RuntimeConfig } from '../../src/config/load-config';",
      ),
      invalid('contract/money.ts', "import { ApiError } from '../api/errors/http-error';"),
      invalid('emulator/vite-plugin.ts', "import { App } from '../src/app/App';"),
      invalid('emulator/main.ts', "import { app } from '../infra/bin/app';"),
      invalid('infra/lib/api.ts', "import { loadConfig } from '../../api/config';"),
      invalid(
        'infra/lib/api.ts',
        "import { createEmulator } from '../../emulator/create-emulator';",
      ),
      invalid('infra/lib/site.ts', "import { App } from '../../src/app/App';"),
    ],
  });
});
