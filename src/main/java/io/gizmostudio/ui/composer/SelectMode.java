package io.gizmostudio.ui.composer;

/** How a click or a rubber band changes the selection: replace it, toggle (Ctrl) or add (Shift). */
public enum SelectMode { REPLACE, TOGGLE, ADD }
