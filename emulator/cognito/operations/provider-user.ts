import type { ProviderUser } from '../federation/provider-links';
import type { JsonInput } from './json-input';

/** ProviderName is 1-32 characters (cognito-extensions §7.1). */
const providerNameLimit = 32;
/**
 * The API leaves ProviderAttributeName/Value unbounded; the emulator's bound is a username's (an
 * IdP user id past it never signs in: the federated username would be too long).
 */
const providerAttributeLimit = 128;

/** A ProviderUserIdentifierType (DestinationUser, SourceUser, User), its members checked. */
export function readProviderUser(input: JsonInput, member: string): ProviderUser {
  const block = input.object(member);
  return {
    providerName: block.string('ProviderName', providerNameLimit),
    attributeName: block.optionalString('ProviderAttributeName', providerAttributeLimit),
    attributeValue: block.string('ProviderAttributeValue', providerAttributeLimit),
  };
}
