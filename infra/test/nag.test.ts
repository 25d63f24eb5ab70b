import { Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { buildStack } from './build-stack';

interface Acknowledged {
  readonly id: string;
  readonly reason: string;
}

function acknowledgements(root: IConstruct): Acknowledged[] {
  return root.node
    .findAll()
    .flatMap((c) => c.node.metadata)
    .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
    .flatMap((m) =>
      Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({ id, reason })),
    );
}

describe('cdk-nag AWS Solutions checks', () => {
  it.each(['dev', 'prod'] as const)('find nothing unacknowledged in %s', (stage) => {
    expect(() => buildStack({ stage, nag: true })).not.toThrow();
  });

  it('find nothing unacknowledged with the Lambda authorizer', () => {
    expect(() => buildStack({ config: { apiAuth: 'lambda' }, nag: true })).not.toThrow();
  });

  it('state a reason for every acknowledged rule', () => {
    const { stack } = buildStack({ nag: true });
    const acknowledged = acknowledgements(stack);
    expect(acknowledged.length).toBeGreaterThan(10);
    for (const { id, reason } of acknowledged) {
      expect(id).toMatch(/^AwsSolutions::AwsSolutions-[A-Z]+\d+/);
      expect(reason.length).toBeGreaterThan(40);
    }
  });

  it('fail synthesis when a new finding appears', () => {
    expect(() =>
      buildStack({
        siteDir: null,
        nag: true,
        extend: (stack) => {
          new s3.Bucket(stack, 'Careless', { enforceSSL: false });
        },
      }),
    ).toThrow(/AwsSolutions-S10/);
  });
});
