// The DynamoDB table, created from the same key schema the local store and DynamoDB Local use.

import type { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import type { KeyAttribute, TableSchema } from '../../api/store/table-schema';

export interface TransactionsTableProps {
  readonly tableName: string;
  readonly schema: TableSchema;
  readonly removalPolicy: RemovalPolicy;
  readonly deletionProtection: boolean;
}

function toAttribute(key: KeyAttribute): dynamodb.Attribute {
  return {
    name: key.name,
    type: key.type === 'S' ? dynamodb.AttributeType.STRING : dynamodb.AttributeType.NUMBER,
  };
}

const projectionTypes = { ALL: dynamodb.ProjectionType.ALL } as const;

/** On-demand table with point-in-time recovery; the schema's LSIs become LSIs. */
export function createTransactionsTable(
  scope: Construct,
  id: string,
  props: TransactionsTableProps,
): dynamodb.Table {
  const table = new dynamodb.Table(scope, id, {
    tableName: props.tableName,
    partitionKey: toAttribute(props.schema.partitionKey),
    sortKey: toAttribute(props.schema.sortKey),
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    encryption: dynamodb.TableEncryption.AWS_MANAGED,
    timeToLiveAttribute: props.schema.timeToLiveAttribute,
    deletionProtection: props.deletionProtection,
    removalPolicy: props.removalPolicy,
  });
  for (const index of props.schema.localSecondaryIndexes) {
    table.addLocalSecondaryIndex({
      indexName: index.indexName,
      sortKey: toAttribute(index.sortKey),
      projectionType: projectionTypes[index.projection],
    });
  }
  return table;
}
