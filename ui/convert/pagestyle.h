#pragma once

class QLabel;

namespace Cutover {

// Small look helpers shared by the conversion wizard's pages.
void markAsError(QLabel *label);   // red text, word-wrapped
void markAsWarning(QLabel *label); // amber text, word-wrapped

} // namespace Cutover
