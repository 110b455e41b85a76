import dns from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { AppError } from "../app/errors.ts";

/**
 * Which addresses the fetcher may connect to. Only public unicast addresses, unless
 * CLIFFHANGER_ALLOW_PRIVATE_NETWORKS says otherwise: "1" (or "true") allows every address, a
 * comma-separated list of CIDR ranges ("127.0.0.1/32,10.0.0.0/8") allows those.
 */
export interface AddressPolicy {
  allows(address: string): boolean;
  describe(): string;
}

export function addressPolicy(setting: string): AddressPolicy {
  const value = setting.trim();
  if (value === "1" || value.toLowerCase() === "true") return { allows: () => true, describe: () => "every address" };
  const ranges = value === "" || value === "0" || value.toLowerCase() === "false" ? [] : value.split(",").map((cidr) => parseRange(cidr.trim()));
  return {
    allows(address: string): boolean {
      if (!ipaddr.isValid(address)) return false;
      const ip = ipaddr.process(address);
      if (ip.range() === "unicast") return true;
      return ranges.some(([net, bits]) => ip.kind() === net.kind() && ip.match(net, bits));
    },
    describe: () => (ranges.length === 0 ? "public addresses only" : `public addresses and ${value}`),
  };
}

function parseRange(cidr: string): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  try {
    if (!cidr.includes("/")) {
      const ip = ipaddr.process(cidr);
      return [ip, ip.kind() === "ipv4" ? 32 : 128];
    }
    const [net, bits] = ipaddr.parseCIDR(cidr);
    return [net.kind() === "ipv6" && (net as ipaddr.IPv6).isIPv4MappedAddress() ? (net as ipaddr.IPv6).toIPv4Address() : net, bits];
  } catch {
    throw new AppError("BAD_CONFIG", `CLIFFHANGER_ALLOW_PRIVATE_NETWORKS: "${cidr}" is not an address or CIDR range (use 1, or a list such as 127.0.0.1/32,10.0.0.0/8)`);
  }
}

export function refusedAddress(host: string, address: string): AppError {
  return new AppError("FETCH_REFUSED", `${host} resolves to ${address}, a private, loopback or link-local address (set CLIFFHANGER_ALLOW_PRIVATE_NETWORKS to allow it)`, {
    details: { reason: "private-address", host, address },
  });
}

/**
 * A DNS lookup for node:http that refuses, before any connection is made, a name any of whose
 * addresses the policy does not allow (a name that also resolves to a private address could be
 * rebound to it).
 */
export function checkedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as dns.LookupAddress[];
      const refused = list.find((a) => !policy.allows(a.address));
      if (refused || list.length === 0) return callback(refusedAddress(hostname, refused?.address ?? "no address") as unknown as NodeJS.ErrnoException, "", 0);
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}
