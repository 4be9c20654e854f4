#pragma once

#include <QCoreApplication>

namespace Cutover {

// Translation for code outside QObject subclasses (Qt Creator's coreplugintr.h).
// lupdate sees these as the translation context "Cutover::Core".
struct CoreTr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Core)
};

} // namespace Cutover
