/**
 * The Spring AOT start (ADR 0026): what the build's conditions read, recorded when the
 * AOT code is generated, and the check at start that uses that code only when every one
 * of those settings still has its build value (else the regular start, with a warning).
 */
package no.hverdag.shared.aot;
