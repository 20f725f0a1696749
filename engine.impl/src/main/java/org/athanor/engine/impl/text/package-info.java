/**
 * Text SQL: the named-parameter parser ({@code :name} to {@code ?}), the compiled form of text statements that
 * shares the execution path of SQL expression constructs, and the bounded cache of parsed text. Private to the
 * bundle.
 */
package org.athanor.engine.impl.text;
