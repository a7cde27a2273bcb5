/**
 * Machine translation of free text (an activity's title and description) into the
 * reader's language, through a port with one adapter: a self-hosted LibreTranslate
 * server, off by default. With no server configured, nothing is translated and readers
 * get the original text. Translations are kept per text version (the text's hash), so a
 * changed text is translated again and an unchanged one never twice. What an organisation
 * writes itself in a language always wins over a machine's version.
 */
package no.hverdag.translation;
