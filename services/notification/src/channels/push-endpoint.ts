// Which Web Push endpoints the server may connect to: https: only, on public unicast addresses — never the cloud metadata
// service, loopback or a private network (SSRF). Checked when a subscription is registered and again on every connection
// (the agent's DNS lookup refuses a name that now resolves somewhere private: DNS rebinding).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { Agent } from 'node:https';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { InvalidError } from '@todo/domain';

export type AddressPolicy = (address: string) => boolean;

/** Global unicast only (IPv4-mapped IPv6 judged as the IPv4 address it carries). */
export const isPublicAddress: AddressPolicy = (address) => {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
};

export class UnsafeEndpointError extends InvalidError {
  constructor(message: string) {
    super(message, undefined, 'invalid_push_endpoint');
  }
}

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Throws UnsafeEndpointError unless the endpoint is https: and its host (literal or every address it resolves to) is allowed. */
export async function assertSafePushEndpoint(endpoint: string, allowed: AddressPolicy = isPublicAddress): Promise<void> {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new UnsafeEndpointError('The push endpoint is not a URL.');
  }
  if (url.protocol !== 'https:') throw new UnsafeEndpointError('The push endpoint must be an https: URL.');
  if (url.username || url.password) throw new UnsafeEndpointError('The push endpoint must not carry credentials.');
  const host = hostOf(url);
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true })).map((a) => a.address);
    } catch {
      throw new UnsafeEndpointError(`The push endpoint's host "${host}" does not resolve.`);
    }
  }
  if (addresses.length === 0 || !addresses.every(allowed)) {
    throw new UnsafeEndpointError(`The push endpoint's host "${host}" is not a public internet address.`);
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** An https agent whose every connection resolves through the policy: what web-push connects with. */
export function guardedAgent(allowed: AddressPolicy = isPublicAddress): Agent {
  const guardedLookup = (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback): void => {
    dnsLookup(hostname, { family: options.family ?? 0, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      if (addresses.length === 0 || !addresses.every((a) => allowed(a.address))) {
        return callback(new UnsafeEndpointError(`The push endpoint's host "${hostname}" is not a public internet address.`), []);
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
  return new Agent({ lookup: guardedLookup as never, keepAlive: false });
}
