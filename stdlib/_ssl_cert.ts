/**
 * A certificate as the dict `getpeercert()` and `_test_decode_cert` return
 * (CPython's _decode_certificate): subject and issuer as tuples of RDNs,
 * each a tuple of (long attribute name, UTF-8 value) pairs (entries that
 * X509_NAME_ENTRY_set puts in one set share an RDN); version (1-based);
 * serialNumber in i2a_ASN1_INTEGER's hex; notBefore/notAfter as
 * ASN1_TIME_print writes them; then, when the certificate has them,
 * subjectAltName as (kind, value) pairs, OCSP and caIssuers (the URIs of
 * the authority information access extension) and crlDistributionPoints
 * (the URIs of the full names of the distribution points).
 *
 * OpenSSL's structs read here (LP64): GENERAL_NAME {int type; void *d} with
 * d at 8; ACCESS_DESCRIPTION {ASN1_OBJECT *method; GENERAL_NAME *location};
 * DIST_POINT {DIST_POINT_NAME *distpoint; ...} and DIST_POINT_NAME {int
 * type; GENERAL_NAMES *fullname (type 0)}.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { crypto, drainBio, opensslFree, pointerIn, readBytes } from "./_ssl_native.ts";

const NID_subject_alt_name = 85;
const NID_info_access = 177;
const NID_crl_distribution_points = 103;
const NID_ad_OCSP = 178;
const NID_ad_ca_issuers = 179;
const GEN = {
  OTHERNAME: 0,
  EMAIL: 1,
  DNS: 2,
  X400: 3,
  DIRNAME: 4,
  EDIPARTY: 5,
  URI: 6,
  IPADD: 7,
  RID: 8,
};

const decoder = new TextDecoder("utf-8", { fatal: false });

/** OBJ_obj2txt with names (no_name 0), as the attribute names of a subject. */
export function objectText(object: Deno.PointerValue, noName = 0): string {
  const buffer = new Uint8Array(256);
  const length = crypto.fn("OBJ_obj2txt")(buffer, buffer.length, object, noName);
  return length <= 0 ? "" : decoder.decode(buffer.subarray(0, Math.min(length, 255)));
}

function asn1Utf8(value: Deno.PointerValue): string {
  const out = new Uint8Array(8);
  const length = crypto.fn("ASN1_STRING_to_UTF8")(out, value);
  if (length < 0) return "";
  const pointer = pointerIn(out);
  const text = decoder.decode(readBytes(pointer, length));
  opensslFree(pointer);
  return text;
}

function asn1Raw(value: Deno.PointerValue): string {
  const data = crypto.fn("ASN1_STRING_get0_data")(value);
  return decoder.decode(readBytes(data, crypto.fn("ASN1_STRING_length")(value)));
}

/** An X509_NAME as a tuple of RDN tuples. */
export function nameTuple(name: Deno.PointerValue): PyValue {
  const rdns: PyValue[] = [];
  let current: PyValue[] = [];
  let set = -1;
  const count = crypto.fn("X509_NAME_entry_count")(name);
  for (let i = 0; i < count; i++) {
    const entry = crypto.fn("X509_NAME_get_entry")(name, i);
    const entrySet = crypto.fn("X509_NAME_ENTRY_set")(entry);
    if (entrySet !== set && current.length > 0) {
      rdns.push(newTuple(current));
      current = [];
    }
    set = entrySet;
    const object = crypto.fn("X509_NAME_ENTRY_get_object")(entry);
    const data = crypto.fn("X509_NAME_ENTRY_get_data")(entry);
    current.push(newTuple([objectText(object), asn1Utf8(data)]));
  }
  if (current.length > 0) rdns.push(newTuple(current));
  return newTuple(rdns);
}

/** Run `write` into a fresh memory BIO and return what it wrote. */
function bioText(write: (bio: Deno.PointerValue) => void): string {
  const bio = crypto.fn("BIO_new")(crypto.fn("BIO_s_mem")());
  try {
    write(bio);
    return decoder.decode(drainBio(bio));
  } finally {
    crypto.fn("BIO_free")(bio);
  }
}

function ipText(bytes: Uint8Array): string {
  if (bytes.length === 4) return Array.from(bytes).join(".");
  if (bytes.length === 16) {
    const groups: string[] = [];
    for (let i = 0; i < 16; i += 2) {
      groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16).toUpperCase());
    }
    return groups.join(":");
  }
  return "<invalid>";
}

/** One GENERAL_NAME as a (kind, value) pair. */
function generalName(name: Deno.PointerValue): PyValue {
  const view = new Deno.UnsafePointerView(name!);
  const type = view.getInt32(0);
  const data = view.getPointer(8);
  switch (type) {
    case GEN.DNS:
      return newTuple(["DNS", asn1Raw(data)]);
    case GEN.EMAIL:
      return newTuple(["email", asn1Raw(data)]);
    case GEN.URI:
      return newTuple(["URI", asn1Raw(data)]);
    case GEN.DIRNAME:
      return newTuple(["DirName", nameTuple(data)]);
    case GEN.IPADD: {
      const bytes = readBytes(
        crypto.fn("ASN1_STRING_get0_data")(data),
        crypto.fn("ASN1_STRING_length")(data),
      );
      return newTuple(["IP Address", ipText(bytes)]);
    }
    case GEN.RID:
      return newTuple(["Registered ID", objectText(data)]);
    case GEN.X400:
      return newTuple(["X400Name", "<unsupported>"]);
    case GEN.EDIPARTY:
      return newTuple(["EdiPartyName", "<unsupported>"]);
    default:
      return newTuple(["othername", "<unsupported>"]);
  }
}

function stackItems(stack: Deno.PointerValue): Deno.PointerValue[] {
  const items: Deno.PointerValue[] = [];
  const count = crypto.fn("OPENSSL_sk_num")(stack);
  for (let i = 0; i < count; i++) items.push(crypto.fn("OPENSSL_sk_value")(stack, i));
  return items;
}

function uriOf(name: Deno.PointerValue): string | null {
  const view = new Deno.UnsafePointerView(name!);
  return view.getInt32(0) === GEN.URI ? asn1Raw(view.getPointer(8)) : null;
}

function subjectAltNames(cert: Deno.PointerValue): PyValue | null {
  const names = crypto.fn("X509_get_ext_d2i")(cert, NID_subject_alt_name, null, null);
  if (names === null) return null;
  const result = newTuple(stackItems(names).map(generalName));
  crypto.fn("GENERAL_NAMES_free")(names);
  return result;
}

function accessUris(cert: Deno.PointerValue): { ocsp: string[]; issuers: string[] } | null {
  const info = crypto.fn("X509_get_ext_d2i")(cert, NID_info_access, null, null);
  if (info === null) return null;
  const ocsp: string[] = [];
  const issuers: string[] = [];
  for (const description of stackItems(info)) {
    const view = new Deno.UnsafePointerView(description!);
    const method = crypto.fn("OBJ_obj2nid")(view.getPointer(0));
    const uri = uriOf(view.getPointer(8));
    if (uri === null) continue;
    if (method === NID_ad_OCSP) ocsp.push(uri);
    else if (method === NID_ad_ca_issuers) issuers.push(uri);
  }
  crypto.fn("AUTHORITY_INFO_ACCESS_free")(info);
  return { ocsp, issuers };
}

function distributionPoints(cert: Deno.PointerValue): string[] | null {
  const points = crypto.fn("X509_get_ext_d2i")(cert, NID_crl_distribution_points, null, null);
  if (points === null) return null;
  const uris: string[] = [];
  for (const point of stackItems(points)) {
    const pointName = new Deno.UnsafePointerView(point!).getPointer(0);
    if (pointName === null) continue;
    const view = new Deno.UnsafePointerView(pointName);
    if (view.getInt32(0) !== 0) continue;
    for (const name of stackItems(view.getPointer(8))) {
      const uri = uriOf(name);
      if (uri !== null) uris.push(uri);
    }
  }
  crypto.fn("CRL_DIST_POINTS_free")(points);
  return uris;
}

/** _decode_certificate. */
export function decodeCertificate(cert: Deno.PointerValue): PyDict {
  const dict = new PyDict();
  dict.set("subject", nameTuple(crypto.fn("X509_get_subject_name")(cert)));
  dict.set("issuer", nameTuple(crypto.fn("X509_get_issuer_name")(cert)));
  dict.set("version", Number(crypto.fn("X509_get_version")(cert)) + 1);
  const serial = crypto.fn("X509_get_serialNumber")(cert);
  dict.set("serialNumber", bioText((bio) => crypto.fn("i2a_ASN1_INTEGER")(bio, serial)));
  const notBefore = crypto.fn("X509_get0_notBefore")(cert);
  dict.set("notBefore", bioText((bio) => crypto.fn("ASN1_TIME_print")(bio, notBefore)));
  const notAfter = crypto.fn("X509_get0_notAfter")(cert);
  dict.set("notAfter", bioText((bio) => crypto.fn("ASN1_TIME_print")(bio, notAfter)));
  const altNames = subjectAltNames(cert);
  if (altNames !== null) dict.set("subjectAltName", altNames);
  const access = accessUris(cert);
  if (access !== null && access.ocsp.length > 0) dict.set("OCSP", newTuple(access.ocsp));
  if (access !== null && access.issuers.length > 0) dict.set("caIssuers", newTuple(access.issuers));
  const crl = distributionPoints(cert);
  if (crl !== null && crl.length > 0) dict.set("crlDistributionPoints", newTuple(crl));
  return dict;
}

/** i2d_X509: the certificate's DER bytes. */
export function certificateDer(cert: Deno.PointerValue): PyBytes {
  const out = new Uint8Array(8);
  const length = crypto.fn("i2d_X509")(cert, out);
  const pointer = pointerIn(out);
  const bytes = readBytes(pointer, length);
  opensslFree(pointer);
  return new PyBytes(bytes);
}
