/** The part of sodium-native (libsodium's Node binding, which ships no types) that Sunspace uses. */
declare module 'sodium-native' {
  type Bytes = Uint8Array;

  export function randombytes_buf(buffer: Bytes): void;
  export function sodium_memzero(buffer: Bytes): void;

  export const crypto_aead_xchacha20poly1305_ietf_KEYBYTES: number;
  export const crypto_aead_xchacha20poly1305_ietf_NPUBBYTES: number;
  export const crypto_aead_xchacha20poly1305_ietf_ABYTES: number;
  export function crypto_aead_xchacha20poly1305_ietf_encrypt(
    c: Bytes,
    m: Bytes,
    ad: Bytes | null,
    nsec: null,
    npub: Bytes,
    k: Bytes,
  ): number;
  /** Throws when the ciphertext, its associated data or the key do not match. */
  export function crypto_aead_xchacha20poly1305_ietf_decrypt(
    m: Bytes,
    nsec: null,
    c: Bytes,
    ad: Bytes | null,
    npub: Bytes,
    k: Bytes,
  ): number;

  export const crypto_secretstream_xchacha20poly1305_STATEBYTES: number;
  export const crypto_secretstream_xchacha20poly1305_HEADERBYTES: number;
  export const crypto_secretstream_xchacha20poly1305_KEYBYTES: number;
  export const crypto_secretstream_xchacha20poly1305_ABYTES: number;
  export const crypto_secretstream_xchacha20poly1305_TAG_MESSAGE: number;
  export const crypto_secretstream_xchacha20poly1305_TAG_FINAL: number;
  export function crypto_secretstream_xchacha20poly1305_init_push(state: Bytes, header: Bytes, k: Bytes): void;
  export function crypto_secretstream_xchacha20poly1305_push(
    state: Bytes,
    c: Bytes,
    m: Bytes,
    ad: Bytes | null,
    tag: number,
  ): number;
  export function crypto_secretstream_xchacha20poly1305_init_pull(state: Bytes, header: Bytes, k: Bytes): void;
  /** Throws when a chunk was altered, reordered or cut. */
  export function crypto_secretstream_xchacha20poly1305_pull(
    state: Bytes,
    m: Bytes,
    tag: Bytes,
    c: Bytes,
    ad: Bytes | null,
  ): number;

  export const crypto_pwhash_SALTBYTES: number;
  export const crypto_pwhash_ALG_ARGON2ID13: number;
  export function crypto_pwhash(
    out: Bytes,
    passwd: Bytes,
    salt: Bytes,
    opslimit: number,
    memlimit: number,
    alg: number,
  ): void;

  export const crypto_generichash_KEYBYTES_MAX: number;
  export function crypto_generichash(output: Bytes, input: Bytes, key?: Bytes): void;
}
