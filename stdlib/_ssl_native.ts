/**
 * OpenSSL 3 (libssl.so.3 and libcrypto.so.3, the libraries CPython's _ssl
 * links) through Deno's FFI: the signature tables, declared once, bound
 * lazily per symbol (ffi/system_library.ts), and the small helpers every
 * part of `_ssl` uses — C strings in and out, OpenSSL's BIO-to-bytes
 * draining, and the macros of the headers (ERR_GET_LIB, SSL_CTX_set_mode,
 * ...) that are not exported functions and are written here over the
 * `*_ctrl` entry points they expand to.
 */
import { libraryCandidates, SystemLibrary } from "../ffi/system_library.ts";

const P = "pointer" as const;
const B = "buffer" as const;

export const crypto = new SystemLibrary(
  "libcrypto.so.3",
  libraryCandidates("libcrypto.so.3"),
  {
    OpenSSL_version_num: { parameters: [], result: "u64" },
    OpenSSL_version: { parameters: ["i32"], result: P },
    ERR_get_error: { parameters: [], result: "u64" },
    ERR_peek_last_error: { parameters: [], result: "u64" },
    ERR_clear_error: { parameters: [], result: "void" },
    ERR_reason_error_string: { parameters: ["u64"], result: P },
    RAND_status: { parameters: [], result: "i32" },
    RAND_add: { parameters: [B, "i32", "f64"], result: "void" },
    RAND_bytes: { parameters: [B, "i32"], result: "i32" },
    OBJ_txt2obj: { parameters: [B, "i32"], result: P },
    OBJ_nid2obj: { parameters: ["i32"], result: P },
    OBJ_obj2nid: { parameters: [P], result: "i32" },
    OBJ_nid2sn: { parameters: ["i32"], result: P },
    OBJ_nid2ln: { parameters: ["i32"], result: P },
    OBJ_obj2txt: { parameters: [B, "i32", P, "i32"], result: "i32" },
    ASN1_OBJECT_free: { parameters: [P], result: "void" },
    X509_get_default_cert_file_env: { parameters: [], result: P },
    X509_get_default_cert_file: { parameters: [], result: P },
    X509_get_default_cert_dir_env: { parameters: [], result: P },
    X509_get_default_cert_dir: { parameters: [], result: P },
    X509_verify_cert_error_string: { parameters: ["i64"], result: P },
    BIO_s_mem: { parameters: [], result: P },
    BIO_new: { parameters: [P], result: P },
    BIO_new_mem_buf: { parameters: [B, "i32"], result: P },
    BIO_new_file: { parameters: [B, B], result: P },
    BIO_free: { parameters: [P], result: "i32" },
    BIO_up_ref: { parameters: [P], result: "i32" },
    BIO_read: { parameters: [P, B, "i32"], result: "i32" },
    BIO_write: { parameters: [P, B, "i32"], result: "i32" },
    BIO_ctrl: { parameters: [P, "i32", "i64", P], result: "i64" },
    PEM_read_bio_X509: { parameters: [P, P, P, P], result: P },
    d2i_X509_bio: { parameters: [P, P], result: P },
    i2d_X509: { parameters: [P, B], result: "i32" },
    X509_free: { parameters: [P], result: "void" },
    X509_check_ca: { parameters: [P], result: "i32" },
    X509_get_subject_name: { parameters: [P], result: P },
    X509_get_issuer_name: { parameters: [P], result: P },
    X509_get_version: { parameters: [P], result: "i64" },
    X509_get_serialNumber: { parameters: [P], result: P },
    X509_get0_notBefore: { parameters: [P], result: P },
    X509_get0_notAfter: { parameters: [P], result: P },
    X509_get_ext_d2i: { parameters: [P, "i32", P, P], result: P },
    X509_NAME_entry_count: { parameters: [P], result: "i32" },
    X509_NAME_get_entry: { parameters: [P, "i32"], result: P },
    X509_NAME_ENTRY_set: { parameters: [P], result: "i32" },
    X509_NAME_ENTRY_get_object: { parameters: [P], result: P },
    X509_NAME_ENTRY_get_data: { parameters: [P], result: P },
    ASN1_STRING_to_UTF8: { parameters: [B, P], result: "i32" },
    ASN1_STRING_get0_data: { parameters: [P], result: P },
    ASN1_STRING_length: { parameters: [P], result: "i32" },
    i2a_ASN1_INTEGER: { parameters: [P, P], result: "i32" },
    ASN1_STRING_type: { parameters: [P], result: "i32" },
    OPENSSL_sk_pop_free: { parameters: [P, P], result: "void" },
    AUTHORITY_INFO_ACCESS_free: { parameters: [P], result: "void" },
    CRL_DIST_POINTS_free: { parameters: [P], result: "void" },
    PEM_read_bio_DHparams: { parameters: [P, P, P, P], result: P },
    DH_free: { parameters: [P], result: "void" },
    OBJ_sn2nid: { parameters: [B], result: "i32" },
    PEM_read_bio_X509_AUX: { parameters: [P, P, P, P], result: P },
    ASN1_TIME_print: { parameters: [P, P], result: "i32" },
    CRYPTO_free: { parameters: [P, B, "i32"], result: "void" },
    GENERAL_NAMES_free: { parameters: [P], result: "void" },
    OPENSSL_sk_num: { parameters: [P], result: "i32" },
    OPENSSL_sk_value: { parameters: [P, "i32"], result: P },
    X509_STORE_add_cert: { parameters: [P, P], result: "i32" },
    X509_STORE_get0_objects: { parameters: [P], result: P },
    X509_OBJECT_get_type: { parameters: [P], result: "i32" },
    X509_OBJECT_get0_X509: { parameters: [P], result: P },
    X509_VERIFY_PARAM_set_flags: { parameters: [P, "u64"], result: "i32" },
    X509_VERIFY_PARAM_clear_flags: { parameters: [P, "u64"], result: "i32" },
    X509_VERIFY_PARAM_get_flags: { parameters: [P], result: "u64" },
    X509_VERIFY_PARAM_set_hostflags: { parameters: [P, "u32"], result: "void" },
    X509_VERIFY_PARAM_set1_host: { parameters: [P, B, "usize"], result: "i32" },
    X509_VERIFY_PARAM_set1_ip: { parameters: [P, B, "usize"], result: "i32" },
  } as const,
);

export const ssl = new SystemLibrary(
  "libssl.so.3",
  libraryCandidates("libssl.so.3"),
  {
    TLS_method: { parameters: [], result: P },
    TLS_client_method: { parameters: [], result: P },
    TLS_server_method: { parameters: [], result: P },
    TLSv1_method: { parameters: [], result: P },
    TLSv1_1_method: { parameters: [], result: P },
    TLSv1_2_method: { parameters: [], result: P },
    SSL_CTX_new: { parameters: [P], result: P },
    SSL_CTX_free: { parameters: [P], result: "void" },
    SSL_CTX_ctrl: { parameters: [P, "i32", "i64", P], result: "i64" },
    SSL_CTX_callback_ctrl: { parameters: [P, "i32", "function"], result: "i64" },
    SSL_get_servername: { parameters: [P, "i32"], result: P },
    SSL_verify_client_post_handshake: { parameters: [P], result: "i32" },
    SSL_get1_session: { parameters: [P], result: P },
    SSL_set_session: { parameters: [P, P], result: "i32" },
    SSL_SESSION_free: { parameters: [P], result: "void" },
    SSL_SESSION_get_id: { parameters: [P, B], result: P },
    SSL_SESSION_get_time: { parameters: [P], result: "i64" },
    SSL_SESSION_get_timeout: { parameters: [P], result: "i64" },
    SSL_SESSION_get_ticket_lifetime_hint: { parameters: [P], result: "u64" },
    SSL_SESSION_has_ticket: { parameters: [P], result: "i32" },
    SSL_CTX_set_msg_callback: { parameters: [P, "function"], result: "void" },
    SSL_CTX_set_keylog_callback: { parameters: [P, "function"], result: "void" },
    SSL_CTX_set_options: { parameters: [P, "u64"], result: "u64" },
    SSL_CTX_clear_options: { parameters: [P, "u64"], result: "u64" },
    SSL_CTX_get_options: { parameters: [P], result: "u64" },
    SSL_CTX_set_verify: { parameters: [P, "i32", P], result: "void" },
    SSL_CTX_get_verify_mode: { parameters: [P], result: "i32" },
    SSL_CTX_set_cipher_list: { parameters: [P, B], result: "i32" },
    SSL_CTX_get_ciphers: { parameters: [P], result: P },
    SSL_CTX_use_certificate_chain_file: { parameters: [P, B], result: "i32" },
    SSL_CTX_use_PrivateKey_file: { parameters: [P, B, "i32"], result: "i32" },
    SSL_CTX_check_private_key: { parameters: [P], result: "i32" },
    SSL_CTX_set_default_passwd_cb: { parameters: [P, "function"], result: "void" },
    SSL_CTX_load_verify_locations: { parameters: [P, B, B], result: "i32" },
    SSL_CTX_set_default_verify_paths: { parameters: [P], result: "i32" },
    SSL_CTX_get_cert_store: { parameters: [P], result: P },
    SSL_CTX_get0_param: { parameters: [P], result: P },
    SSL_CTX_set_alpn_protos: { parameters: [P, B, "u32"], result: "i32" },
    SSL_CTX_set_alpn_select_cb: { parameters: [P, "function", P], result: "void" },
    SSL_CTX_set_post_handshake_auth: { parameters: [P, "i32"], result: "void" },
    SSL_CTX_get_security_level: { parameters: [P], result: "i32" },
    SSL_CTX_set_num_tickets: { parameters: [P, "usize"], result: "i32" },
    SSL_CTX_get_num_tickets: { parameters: [P], result: "usize" },
    SSL_CTX_set_session_id_context: { parameters: [P, B, "u32"], result: "i32" },
    SSL_select_next_proto: { parameters: [P, P, B, "u32", P, "u32"], result: "i32" },
    SSL_CIPHER_get_name: { parameters: [P], result: P },
    SSL_CIPHER_get_version: { parameters: [P], result: P },
    SSL_CIPHER_get_bits: { parameters: [P, P], result: "i32" },
    SSL_CIPHER_description: { parameters: [P, B, "i32"], result: P },
    SSL_CIPHER_get_id: { parameters: [P], result: "u32" },
    SSL_CIPHER_get_protocol_id: { parameters: [P], result: "u16" },
    SSL_CIPHER_is_aead: { parameters: [P], result: "i32" },
    SSL_CIPHER_get_cipher_nid: { parameters: [P], result: "i32" },
    SSL_CIPHER_get_digest_nid: { parameters: [P], result: "i32" },
    SSL_CIPHER_get_kx_nid: { parameters: [P], result: "i32" },
    SSL_CIPHER_get_auth_nid: { parameters: [P], result: "i32" },
    SSL_new: { parameters: [P], result: P },
    SSL_free: { parameters: [P], result: "void" },
    SSL_ctrl: { parameters: [P, "i32", "i64", P], result: "i64" },
    SSL_set_fd: { parameters: [P, "i32"], result: "i32" },
    SSL_set_bio: { parameters: [P, P, P], result: "void" },
    SSL_set_connect_state: { parameters: [P], result: "void" },
    SSL_set_accept_state: { parameters: [P], result: "void" },
    SSL_do_handshake: { parameters: [P], result: "i32" },
    SSL_read_ex: { parameters: [P, B, "usize", B], result: "i32" },
    SSL_write_ex: { parameters: [P, B, "usize", B], result: "i32" },
    SSL_pending: { parameters: [P], result: "i32" },
    SSL_shutdown: { parameters: [P], result: "i32" },
    SSL_get_shutdown: { parameters: [P], result: "i32" },
    SSL_get_error: { parameters: [P, "i32"], result: "i32" },
    SSL_get_version: { parameters: [P], result: P },
    SSL_get_current_cipher: { parameters: [P], result: P },
    SSL_get_ciphers: { parameters: [P], result: P },
    SSL_get1_peer_certificate: { parameters: [P], result: P },
    SSL_get0_alpn_selected: { parameters: [P, B, B], result: "void" },
    SSL_get0_param: { parameters: [P], result: P },
    SSL_get_verify_result: { parameters: [P], result: "i64" },
    SSL_session_reused: { parameters: [P], result: "i32" },
    SSL_get_finished: { parameters: [P, B, "usize"], result: "usize" },
    SSL_get_peer_finished: { parameters: [P, B, "usize"], result: "usize" },
    SSL_is_init_finished: { parameters: [P], result: "i32" },
    SSL_get_SSL_CTX: { parameters: [P], result: P },
    SSL_set_SSL_CTX: { parameters: [P, P], result: P },
  } as const,
);

/** The C string `text`, NUL-terminated, as a buffer argument. */
export function cstr(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new TextEncoder().encode(text);
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  return out;
}

/** `bytes` followed by a NUL. */
export function cbytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  return out;
}

/** The JS string at a C string pointer ("" for NULL). */
export function readCString(pointer: Deno.PointerValue): string {
  return pointer === null ? "" : Deno.UnsafePointerView.getCString(pointer);
}

/** `length` bytes copied from `pointer`. */
export function readBytes(pointer: Deno.PointerValue, length: number): Uint8Array {
  if (pointer === null || length <= 0) return new Uint8Array(0);
  return new Uint8Array(Deno.UnsafePointerView.getArrayBuffer(pointer, length).slice(0));
}

/** The pointer stored in an 8-byte out-parameter buffer. */
export function pointerIn(slot: Uint8Array): Deno.PointerValue {
  const address = new DataView(slot.buffer, slot.byteOffset).getBigUint64(0, true);
  return Deno.UnsafePointer.create(address);
}

/** OPENSSL_free: CRYPTO_free with the caller's file and line, which only debugging builds read. */
export function opensslFree(pointer: Deno.PointerValue): void {
  if (pointer !== null) crypto.fn("CRYPTO_free")(pointer, cstr(""), 0);
}

const BIO_CTRL_PENDING = 10;
const BIO_CTRL_EOF = 2;
const BIO_C_SET_BUF_MEM_EOF_RETURN = 130;

export function bioPending(bio: Deno.PointerValue): number {
  return Number(crypto.fn("BIO_ctrl")(bio, BIO_CTRL_PENDING, 0n, null));
}

export function bioEof(bio: Deno.PointerValue): boolean {
  return Number(crypto.fn("BIO_ctrl")(bio, BIO_CTRL_EOF, 0n, null)) !== 0;
}

export function bioSetMemEofReturn(bio: Deno.PointerValue, value: number): void {
  crypto.fn("BIO_ctrl")(bio, BIO_C_SET_BUF_MEM_EOF_RETURN, BigInt(value), null);
}

/** All the bytes waiting in a memory BIO. */
export function drainBio(bio: Deno.PointerValue): Uint8Array {
  const size = bioPending(bio);
  const out = new Uint8Array(size);
  const got = size > 0 ? crypto.fn("BIO_read")(bio, out, size) : 0;
  return got > 0 ? out.subarray(0, got) : new Uint8Array(0);
}

/** A new memory BIO holding a copy of `data` (read-only), or null. */
export function memoryBioOf(data: Uint8Array): Deno.PointerValue {
  const bio = crypto.fn("BIO_new")(crypto.fn("BIO_s_mem")());
  if (bio !== null && data.length > 0) {
    crypto.fn("BIO_write")(bio, data as Uint8Array<ArrayBuffer>, data.length);
  }
  return bio;
}

/** The `*_ctrl` commands behind the header macros used here. */
export const CTRL = {
  MODE: 33,
  SET_TLSEXT_HOSTNAME: 55,
  SET_MIN_PROTO_VERSION: 123,
  SET_MAX_PROTO_VERSION: 124,
  GET_MIN_PROTO_VERSION: 130,
  GET_MAX_PROTO_VERSION: 131,
  SET_TMP_DH: 3,
  SET_TLSEXT_SERVERNAME_CB: 53,
  SESS_NUMBER: 20,
  SET_GROUPS: 91,
} as const;
