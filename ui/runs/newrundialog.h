#pragma once

#include "core/endpoints/endpoint.h"
#include "core/runs/batchrunner.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace Cutover {

// "New Run": a prompt and its version (PromptStore), the endpoints to run on
// (EndpointStore, baseline first; the first checked one is the run's
// baseline), repeats, concurrency per endpoint and "ignore the cache".
class NewRunDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewRunDialog(QSqlDatabase db, QWidget *parent = nullptr);

    RunSpec spec() const;
    // Preselects a prompt (by name) and endpoints (checked, in this order).
    void preset(const RunSpec &spec);

    QComboBox *promptCombo() const { return m_prompt; }
    QComboBox *versionCombo() const { return m_version; }
    QListWidget *endpointList() const { return m_endpoints; }
    QSpinBox *repeatsSpin() const { return m_repeats; }
    QSpinBox *concurrencySpin() const { return m_concurrency; }
    QCheckBox *ignoreCacheCheck() const { return m_ignoreCache; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

private:
    void loadVersions();

    QSqlDatabase m_db;
    QComboBox *m_prompt;
    QComboBox *m_version;
    QListWidget *m_endpoints;
    QSpinBox *m_repeats;
    QSpinBox *m_concurrency;
    QCheckBox *m_ignoreCache;
    QLabel *m_problem;
};

} // namespace Cutover
