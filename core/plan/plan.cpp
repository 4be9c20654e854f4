#include "core/plan/plan.h"

#include <algorithm>

namespace Cutover {

qint64 Plan::nextId() const
{
    qint64 maxId = 0;
    auto scan = [&maxId](const auto &items) {
        for (const auto &item : items)
            maxId = std::max(maxId, item.id);
    };
    scan(objectives);
    scan(scope);
    scan(phases);
    scan(risks);
    scan(rollback.triggers);
    scan(rollback.steps);
    return maxId + 1;
}

} // namespace Cutover
