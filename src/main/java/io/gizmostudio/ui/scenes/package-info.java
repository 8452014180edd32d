/**
 * Scenes as documents. The draft journal ("nothing is lost"):
 * <ul>
 *   <li>{@link io.gizmostudio.ui.scenes.DraftJournal} keeps each open scene's latest document in
 *       {@code <config dir>/drafts/<key>.json}, written in the background on an injected single-thread executor;
 *       {@link io.gizmostudio.ui.scenes.DraftRecorder} feeds it from the composer (every document change, every
 *       successful save); {@link io.gizmostudio.ui.scenes.DraftJournalStatus} turns write failures into a
 *       UI-thread message.</li>
 *   <li>At start, {@link io.gizmostudio.ui.scenes.DraftRestoreViewModel} / {@link io.gizmostudio.ui.scenes.DraftRestoreView}
 *       offer what a crash left: restore, discard, later.</li>
 * </ul>
 */
package io.gizmostudio.ui.scenes;
