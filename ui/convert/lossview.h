#pragma once

#include "core/convert/conversionjob.h"

#include <QString>

class QTreeWidget;

namespace Cutover {

// Fills `tree` (two columns) with the losses by kind, each with its first
// examples, and the first rejected records with their reasons.
void showLosses(QTreeWidget *tree, const Convert::Summary &summary);

// "1,000 records read = 990 converted (12 with losses) + 10 rejected."
QString countsSentence(const Convert::Summary &summary);

// Notes on the input: BOM, CRLF, blank lines, duplicate keys, …; empty when none.
QStringList inputNotes(const Convert::Summary &summary);

} // namespace Cutover
