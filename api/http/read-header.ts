// Header access for Lambda proxy events. API Gateway keeps the client's spelling of names,
// so lookups are case-insensitive; `multiValueHeaders` reveals a header sent twice.

import type { APIGatewayProxyEvent } from 'aws-lambda';

/** All values of header `name` (case-insensitive), in the order API Gateway gives them. */
export function readHeaderValues(event: APIGatewayProxyEvent, name: string): string[] {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const [key, list] of Object.entries(event.multiValueHeaders ?? {})) {
    if (key.toLowerCase() === wanted && list) values.push(...list);
  }
  if (values.length > 0) return values;
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === wanted && value !== undefined) values.push(value);
  }
  return values;
}

/** The single value of header `name`, or undefined when absent. */
export function readHeader(event: APIGatewayProxyEvent, name: string): string | undefined {
  return readHeaderValues(event, name)[0];
}
