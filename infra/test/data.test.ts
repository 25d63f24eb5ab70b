import { beforeAll, describe, expect, it } from 'vitest';
import { transactionsTableSchema } from '../../api/store/table-schema';
import type { BuiltStack } from './build-stack';
import { buildStack, onlyResource } from './build-stack';

describe('transactions table', () => {
  let dev: BuiltStack;
  let prod: BuiltStack;
  beforeAll(() => {
    dev = buildStack({ siteDir: null });
    prod = buildStack({ stage: 'prod', siteDir: null });
  });

  it('has the key schema and indexes of the local store', () => {
    const table = onlyResource(dev.template, 'AWS::DynamoDB::Table');
    const { partitionKey, sortKey, localSecondaryIndexes } = transactionsTableSchema;
    expect(table['KeySchema']).toEqual([
      { AttributeName: partitionKey.name, KeyType: 'HASH' },
      { AttributeName: sortKey.name, KeyType: 'RANGE' },
    ]);
    const keyAttributes = [partitionKey, sortKey, ...localSecondaryIndexes.map((i) => i.sortKey)];
    expect(table['AttributeDefinitions']).toEqual(
      expect.arrayContaining(
        keyAttributes.map((k) => ({ AttributeName: k.name, AttributeType: k.type })),
      ),
    );
    expect(table['AttributeDefinitions']).toHaveLength(keyAttributes.length);
    expect(table['LocalSecondaryIndexes']).toEqual(
      localSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: partitionKey.name, KeyType: 'HASH' },
          { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: index.projection },
      })),
    );
  });

  it('bills on demand, keeps point-in-time recovery and expires idempotency records', () => {
    dev.template.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'transactions-dev',
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: {
        AttributeName: transactionsTableSchema.timeToLiveAttribute,
        Enabled: true,
      },
    });
  });

  it.each([
    ['dev', 'Delete', false],
    ['prod', 'Retain', true],
  ] as const)('in %s: removal %s, deletion protection %s', (stage, policy, protection) => {
    const template = (stage === 'dev' ? dev : prod).template;
    const [table] = Object.values(template.findResources('AWS::DynamoDB::Table'));
    expect(table!.DeletionPolicy).toBe(policy);
    expect(table!.Properties.DeletionProtectionEnabled).toBe(protection);
  });
});
