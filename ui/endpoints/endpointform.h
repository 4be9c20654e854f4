#pragma once

#include "core/endpoints/endpoint.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Cutover {

// The fields of one endpoint: connection, default parameters, prices,
// limits and key reference, plus the inline "Set key…" entry. Optional
// numbers are line edits where empty means "not set". The form only
// describes; the Endpoints pane validates and stores.
class EndpointForm final : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointForm(QWidget *parent = nullptr);

    // Fills the fields; emits nothing.
    void setEndpoint(const Endpoint &endpoint);
    // The endpoint the fields describe (id and extra body from the one set);
    // fields that do not parse add a translated line to `problems`.
    Endpoint endpoint(QStringList *problems) const;

    void setProblems(const QStringList &problems);
    QStringList problems() const { return m_shownProblems; }
    void setEditable(bool editable);
    void setKeyMessage(const QString &message);

    // A keychain entry name made from an endpoint name (KeyRef allows letters,
    // digits and _ - . / @).
    static QString keychainName(const QString &endpointName);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleCombo() const { return m_role; }
    QComboBox *protocolCombo() const { return m_protocol; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *modelEdit() const { return m_model; }
    QLineEdit *temperatureEdit() const { return m_temperature; }
    QLineEdit *maxTokensEdit() const { return m_maxTokens; }
    QLineEdit *priceInputEdit() const { return m_priceInput; }
    QComboBox *keyKindCombo() const { return m_keyKind; }
    QLineEdit *keyNameEdit() const { return m_keyName; }
    QPushButton *setKeyButton() const { return m_setKey; }
    QLineEdit *keyEntryEdit() const { return m_keyEntry; }
    QPushButton *storeKeyButton() const { return m_storeKey; }
    QLabel *problemsLabel() const { return m_problemsLabel; }
    QLabel *keyMessageLabel() const { return m_keyMessage; }

Q_SIGNALS:
    void edited(); // a field was committed (editing finished, a choice made)
    void roleChosen(Cutover::EndpointRole role);
    // The key typed into the inline entry; the field is cleared before this is emitted.
    void keyEntered(const QString &key);

private:
    QLineEdit *addLine(const QString &placeholder);
    QSpinBox *addSpin(int max, const QString &special, const QString &suffix);
    void showKeyEntry(bool show);

    Endpoint m_endpoint;
    bool m_filling = false;
    QStringList m_shownProblems;

    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_protocol;
    QLineEdit *m_baseUrl;
    QLineEdit *m_model;
    QLineEdit *m_temperature;
    QLineEdit *m_topP;
    QLineEdit *m_maxTokens;
    QLineEdit *m_stop;
    QLineEdit *m_seed;
    QLineEdit *m_priceInput;
    QLineEdit *m_priceCached;
    QLineEdit *m_priceOutput;
    QSpinBox *m_maxConcurrent;
    QSpinBox *m_rpm;
    QSpinBox *m_connectTimeout;
    QSpinBox *m_overallTimeout;
    QSpinBox *m_idleTimeout;
    QComboBox *m_keyKind;
    QLineEdit *m_keyName;
    QPushButton *m_setKey;
    QWidget *m_keyEntryRow;
    QLineEdit *m_keyEntry;
    QPushButton *m_storeKey;
    QLabel *m_keyMessage;
    QLabel *m_problemsLabel;
    QList<QWidget *> m_editors;
};

} // namespace Cutover
