/**
 * Pictures (issue 12): an organisation's logo, one photo per activity, a volunteer's
 * photo, up to four photos per venue (issue 14). Uploads are decoded, resized and
 * re-encoded by Thumbnailator on a bounded scheduler (never the event loop), which drops
 * every metadata block (EXIF, GPS); the versions are stored one document each and served
 * with long cache headers. The upload pages check who may change what through
 * {@code organisations}, {@code activities}, {@code humanlibrary} and {@code venues};
 * pages of those modules show the pictures through model attributes this module adds, so
 * none of them depends on it. Depends on those four and {@code shared}.
 */
package no.hverdag.media;
