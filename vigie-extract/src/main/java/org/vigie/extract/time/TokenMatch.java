package org.vigie.extract.time;

/** An expression found by a grammar rule, over tokens [start, end), with what was read. */
record TokenMatch(int start, int end, Reading reading) {
}
