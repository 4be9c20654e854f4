#include "ui/endpoints/endpointform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

QString numberText(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'g', 12) : QString();
}

template<typename T>
QString integerText(const std::optional<T> &v)
{
    return v ? QString::number(*v) : QString();
}

// Empty: unset. Accepts the user's locale and the C locale ("0.7").
std::optional<double> parseNumber(const QLineEdit *edit, bool *ok)
{
    const QString text = edit->text().trimmed();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    double v = QLocale().toDouble(text, ok);
    if (!*ok)
        v = QLocale::c().toDouble(text, ok);
    return *ok ? std::optional<double>(v) : std::nullopt;
}

std::optional<qint64> parseInteger(const QLineEdit *edit, bool *ok)
{
    const QString text = edit->text().trimmed();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const qint64 v = text.toLongLong(ok);
    return *ok ? std::optional<qint64>(v) : std::nullopt;
}

} // namespace

QString EndpointForm::keychainName(const QString &endpointName)
{
    QString name;
    for (QChar c : endpointName) {
        if (c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.')
            name += c;
        else if (!name.endsWith(u'-'))
            name += u'-';
    }
    while (name.endsWith(u'-'))
        name.chop(1);
    return name.isEmpty() ? u"endpoint"_s : name.left(120);
}

namespace {

QFormLayout *newForm(QGroupBox *box)
{
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

} // namespace

EndpointForm::EndpointForm(QWidget *parent)
    : QWidget(parent)
    , m_name(addLine(QString()))
    , m_role(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_baseUrl(addLine(u"https://api.example.com/v1"_s))
    , m_model(addLine(QString()))
    , m_temperature(addLine(tr("server default")))
    , m_topP(addLine(tr("server default")))
    , m_maxTokens(addLine(tr("server default")))
    , m_stop(addLine(tr("none")))
    , m_seed(addLine(tr("none")))
    , m_priceInput(addLine(tr("unknown")))
    , m_priceCached(addLine(tr("same as input")))
    , m_priceOutput(addLine(tr("unknown")))
    , m_maxConcurrent(addSpin(1000, tr("Unlimited"), QString()))
    , m_rpm(addSpin(100000, tr("Unlimited"), QString()))
    , m_connectTimeout(addSpin(3600, QString(), tr(" s")))
    , m_overallTimeout(addSpin(24 * 3600, QString(), tr(" s")))
    , m_idleTimeout(addSpin(3600, QString(), tr(" s")))
    , m_keyKind(new QComboBox(this))
    , m_keyName(addLine(QString()))
    , m_setKey(new QPushButton(tr("Set Key…"), this))
    , m_keyEntryRow(new QWidget(this))
    , m_keyEntry(new QLineEdit(m_keyEntryRow))
    , m_storeKey(new QPushButton(tr("Save Key"), m_keyEntryRow))
    , m_keyMessage(new QLabel(this))
    , m_problemsLabel(new QLabel(this))
{
    m_name->setObjectName(u"endpointName"_s);
    m_model->setObjectName(u"endpointModel"_s);
    m_role->addItem(tr("Baseline"), int(EndpointRole::Baseline));
    m_role->addItem(tr("Candidate"), int(EndpointRole::Candidate));
    m_role->addItem(tr("Other"), int(EndpointRole::Other));
    m_protocol->addItem(tr("OpenAI Chat Completions"), int(EndpointProtocol::OpenAi));
    m_protocol->addItem(tr("Anthropic Messages"), int(EndpointProtocol::Anthropic));
    m_keyKind->addItem(tr("No key"), int(KeyRef::Kind::None));
    m_keyKind->addItem(tr("Environment variable"), int(KeyRef::Kind::Env));
    m_keyKind->addItem(tr("Keychain (or this session)"), int(KeyRef::Kind::Keychain));
    m_baseUrl->setToolTip(tr("OpenAI-compatible: the base includes /v1 and requests go to "
                             "{base}/chat/completions. Anthropic: the base excludes /v1 and "
                             "requests go to {base}/v1/messages."));
    m_stop->setToolTip(tr("Stop sequences, separated by \" | \"."));
    m_keyName->setToolTip(tr("The environment variable's name, or the keychain entry's name. "
                             "The key itself is never stored in the project."));
    m_maxConcurrent->setMinimum(0);
    m_rpm->setMinimum(0);
    for (QSpinBox *s : {m_connectTimeout, m_overallTimeout, m_idleTimeout})
        s->setMinimum(1);

    auto *connection = new QGroupBox(tr("Connection"), this);
    QFormLayout *c = newForm(connection);
    c->addRow(tr("&Name:"), m_name);
    c->addRow(tr("&Role:"), m_role);
    c->addRow(tr("&Protocol:"), m_protocol);
    c->addRow(tr("&Base URL:"), m_baseUrl);
    c->addRow(tr("&Model:"), m_model);

    auto *key = new QGroupBox(tr("API Key"), this);
    QFormLayout *k = newForm(key);
    k->addRow(tr("&Kept in:"), m_keyKind);
    k->addRow(tr("N&ame:"), m_keyName);
    m_keyEntry->setEchoMode(QLineEdit::Password);
    m_keyEntry->setPlaceholderText(tr("Paste the key"));
    m_keyEntry->setObjectName(u"keyEntry"_s);
    auto *entryLayout = new QHBoxLayout(m_keyEntryRow);
    entryLayout->setContentsMargins(0, 0, 0, 0);
    entryLayout->addWidget(m_keyEntry, 1);
    entryLayout->addWidget(m_storeKey);
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_setKey);
    keyButtons->addWidget(m_keyEntryRow, 1);
    keyButtons->setAlignment(m_setKey, Qt::AlignLeft);
    m_setKey->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    k->addRow(tr("Key:"), keyButtons);
    m_keyMessage->setWordWrap(true);
    m_keyMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    k->addRow(m_keyMessage);
    m_keyEntryRow->hide();
    m_keyMessage->hide();

    auto *params = new QGroupBox(tr("Default Parameters"), this);
    QFormLayout *p = newForm(params);
    p->addRow(tr("&Temperature:"), m_temperature);
    p->addRow(tr("To&p P:"), m_topP);
    p->addRow(tr("Ma&x output tokens:"), m_maxTokens);
    p->addRow(tr("&Stop sequences:"), m_stop);
    p->addRow(tr("S&eed:"), m_seed);

    auto *prices = new QGroupBox(tr("Prices per Million Tokens"), this);
    QFormLayout *pr = newForm(prices);
    pr->addRow(tr("&Input:"), m_priceInput);
    pr->addRow(tr("&Cached input:"), m_priceCached);
    pr->addRow(tr("&Output:"), m_priceOutput);

    auto *limits = new QGroupBox(tr("Limits"), this);
    QFormLayout *l = newForm(limits);
    l->addRow(tr("Concurrent requests:"), m_maxConcurrent);
    l->addRow(tr("Requests per minute:"), m_rpm);
    l->addRow(tr("Connect timeout:"), m_connectTimeout);
    l->addRow(tr("Request timeout:"), m_overallTimeout);
    l->addRow(tr("Idle timeout:"), m_idleTimeout);

    m_problemsLabel->setObjectName(u"endpointProblems"_s);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setAccessibleName(tr("Problems"));
    m_problemsLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(connection);
    layout->addWidget(key);
    layout->addWidget(params);
    layout->addWidget(prices);
    layout->addWidget(limits);
    layout->addStretch(1);

    const auto commit = [this] {
        if (!m_filling)
            Q_EMIT edited();
    };
    for (QLineEdit *e : {m_name, m_baseUrl, m_model, m_temperature, m_topP, m_maxTokens, m_stop,
                         m_seed, m_priceInput, m_priceCached, m_priceOutput, m_keyName}) {
        connect(e, &QLineEdit::editingFinished, this, [this, e, commit] {
            if (e->isModified()) {
                e->setModified(false);
                commit();
            }
        });
        m_editors << e;
    }
    for (QSpinBox *s :
         {m_maxConcurrent, m_rpm, m_connectTimeout, m_overallTimeout, m_idleTimeout}) {
        connect(s, &QSpinBox::editingFinished, this, [this, s, commit] {
            const int ms = s->property("storedValue").toInt();
            if (s->value() != ms) {
                s->setProperty("storedValue", s->value());
                commit();
            }
        });
        m_editors << s;
    }
    connect(m_protocol, &QComboBox::activated, this, commit);
    m_editors << m_protocol << m_keyKind;
    connect(m_keyKind, &QComboBox::currentIndexChanged, this, [this] {
        m_keyName->setEnabled(m_keyName->property("editable").toBool()
                              && m_keyKind->currentData().toInt() != int(KeyRef::Kind::None));
    });
    // A keychain entry needs a name: suggest one from the endpoint's name.
    connect(m_keyKind, &QComboBox::activated, this, [this, commit] {
        if (m_keyKind->currentData().toInt() == int(KeyRef::Kind::Keychain)
            && m_keyName->text().trimmed().isEmpty())
            m_keyName->setText(keychainName(m_name->text()));
        commit();
    });
    connect(m_role, &QComboBox::activated, this, [this] {
        if (!m_filling)
            Q_EMIT roleChosen(EndpointRole(m_role->currentData().toInt()));
    });
    m_editors << m_role << m_setKey;
    connect(m_setKey, &QPushButton::clicked, this, [this] {
        showKeyEntry(true);
        m_keyEntry->setFocus();
    });
    const auto store = [this] {
        const QString key = m_keyEntry->text().trimmed();
        m_keyEntry->clear();
        showKeyEntry(false);
        if (!key.isEmpty())
            Q_EMIT keyEntered(key);
    };
    connect(m_storeKey, &QPushButton::clicked, this, store);
    connect(m_keyEntry, &QLineEdit::returnPressed, this, store);
}

QLineEdit *EndpointForm::addLine(const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(false);
    return edit;
}

QSpinBox *EndpointForm::addSpin(int max, const QString &special, const QString &suffix)
{
    auto *spin = new QSpinBox(this);
    spin->setMaximum(max);
    spin->setSpecialValueText(special);
    spin->setSuffix(suffix);
    spin->setAccelerated(true);
    return spin;
}

void EndpointForm::showKeyEntry(bool show)
{
    m_keyEntryRow->setVisible(show);
    m_setKey->setVisible(!show);
}

void EndpointForm::setEndpoint(const Endpoint &e)
{
    m_filling = true;
    m_endpoint = e;
    m_name->setText(e.name);
    m_role->setCurrentIndex(m_role->findData(int(e.role)));
    m_protocol->setCurrentIndex(m_protocol->findData(int(e.protocol)));
    m_baseUrl->setText(e.baseUrl);
    m_model->setText(e.model);
    m_temperature->setText(numberText(e.params.temperature));
    m_topP->setText(numberText(e.params.topP));
    m_maxTokens->setText(integerText(e.params.maxTokens));
    m_stop->setText(e.params.stop.join(u" | "_s));
    m_seed->setText(integerText(e.params.seed));
    m_priceInput->setText(numberText(e.prices.input));
    m_priceCached->setText(numberText(e.prices.cachedInput));
    m_priceOutput->setText(numberText(e.prices.output));
    const auto setSpin = [](QSpinBox *s, int v) {
        s->setValue(v);
        s->setProperty("storedValue", s->value());
    };
    setSpin(m_maxConcurrent, e.limits.maxConcurrent);
    setSpin(m_rpm, e.limits.requestsPerMinute);
    setSpin(m_connectTimeout, (e.limits.connectTimeoutMs + 999) / 1000);
    setSpin(m_overallTimeout, (e.limits.overallTimeoutMs + 999) / 1000);
    setSpin(m_idleTimeout, (e.limits.idleTimeoutMs + 999) / 1000);
    m_keyKind->setCurrentIndex(m_keyKind->findData(int(e.keyRef.kind)));
    m_keyName->setText(e.keyRef.name);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setModified(false);
    showKeyEntry(false);
    m_keyEntry->clear();
    m_filling = false;
}

Endpoint EndpointForm::endpoint(QStringList *problems) const
{
    Endpoint e = m_endpoint;
    e.name = m_name->text().trimmed();
    e.role = EndpointRole(m_role->currentData().toInt());
    e.protocol = EndpointProtocol(m_protocol->currentData().toInt());
    e.baseUrl = m_baseUrl->text().trimmed();
    e.model = m_model->text().trimmed();
    bool ok = true;
    const auto number = [&](QLineEdit *edit, const QString &label) {
        const std::optional<double> v = parseNumber(edit, &ok);
        if (!ok)
            *problems << tr("%1: \"%2\" is not a number.").arg(label, edit->text());
        return v;
    };
    const auto integer = [&](QLineEdit *edit, const QString &label) {
        const std::optional<qint64> v = parseInteger(edit, &ok);
        if (!ok)
            *problems << tr("%1: \"%2\" is not a whole number.").arg(label, edit->text());
        return v;
    };
    e.params.temperature = number(m_temperature, tr("Temperature"));
    e.params.topP = number(m_topP, tr("Top P"));
    const std::optional<qint64> maxTokens = integer(m_maxTokens, tr("Max output tokens"));
    e.params.maxTokens
            = maxTokens ? std::optional<int>(
                      int(std::clamp<qint64>(*maxTokens, -1, std::numeric_limits<int>::max())))
                        : std::nullopt;
    e.params.stop.clear();
    const QStringList stops = m_stop->text().split(u" | "_s, Qt::SkipEmptyParts);
    for (const QString &s : stops) {
        if (!s.trimmed().isEmpty())
            e.params.stop << s.trimmed();
    }
    e.params.seed = integer(m_seed, tr("Seed"));
    e.prices.input = number(m_priceInput, tr("Input price"));
    e.prices.cachedInput = number(m_priceCached, tr("Cached input price"));
    e.prices.output = number(m_priceOutput, tr("Output price"));
    e.limits.maxConcurrent = m_maxConcurrent->value();
    e.limits.requestsPerMinute = m_rpm->value();
    // Keep sub-second stored values when the spin box still shows them rounded up.
    const auto ms = [](QSpinBox *s, int stored) {
        return (stored + 999) / 1000 == s->value() ? stored : s->value() * 1000;
    };
    e.limits.connectTimeoutMs = ms(m_connectTimeout, m_endpoint.limits.connectTimeoutMs);
    e.limits.overallTimeoutMs = ms(m_overallTimeout, m_endpoint.limits.overallTimeoutMs);
    e.limits.idleTimeoutMs = ms(m_idleTimeout, m_endpoint.limits.idleTimeoutMs);
    const auto kind = KeyRef::Kind(m_keyKind->currentData().toInt());
    if (kind == KeyRef::Kind::None) {
        e.keyRef = KeyRef{};
    } else {
        const QString prefix = kind == KeyRef::Kind::Env ? u"env:"_s : u"keychain:"_s;
        const auto ref = KeyRef::fromString(QString(prefix + m_keyName->text().trimmed()));
        if (ref)
            e.keyRef = *ref;
        else
            *problems << tr("Key name: \"%1\" may only hold letters, digits and _ - . / @.")
                                 .arg(m_keyName->text());
    }
    return e;
}

void EndpointForm::setProblems(const QStringList &problems)
{
    m_shownProblems = problems;
    m_problemsLabel->setText(problems.join(u'\n'));
    m_problemsLabel->setVisible(!problems.isEmpty());
    QPalette pal = m_problemsLabel->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problemsLabel->setPalette(pal);
}

void EndpointForm::setEditable(bool editable)
{
    for (QWidget *w : std::as_const(m_editors))
        w->setEnabled(editable);
    m_keyName->setProperty("editable", editable);
    m_keyName->setEnabled(editable && m_keyKind->currentData().toInt() != int(KeyRef::Kind::None));
    m_storeKey->setEnabled(editable);
    m_keyEntry->setEnabled(editable);
}

void EndpointForm::setKeyMessage(const QString &message)
{
    m_keyMessage->setText(message);
    m_keyMessage->setVisible(!message.isEmpty());
}

} // namespace Cutover
