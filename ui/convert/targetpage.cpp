#include "ui/convert/targetpage.h"

#include "ui/convert/conversionsetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {

namespace {

QComboBox *combo(QWidget *parent, const QString &name)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return c;
}

void select(QComboBox *c, int value)
{
    c->setCurrentIndex(std::max(0, c->findData(value)));
}

} // namespace

TargetPage::TargetPage(ConversionSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_target(combo(this, u"targetFormat"_s))
    , m_system(combo(this, u"systemPolicy"_s))
    , m_toolArguments(combo(this, u"toolArgumentPolicy"_s))
    , m_sameRole(combo(this, u"sameRolePolicy"_s))
    , m_images(combo(this, u"imagePolicy"_s))
    , m_carryId(new QCheckBox(tr("Carry the record's &id and metadata"), this))
    , m_migratedAt(new QCheckBox(tr("Add a \"&migrated_at\" timestamp to every record"), this))
    , m_keepUnknown(new QCheckBox(tr("&Keep unknown fields where the target has a place"), this))
{
    setTitle(tr("Target Format and Options"));
    setSubTitle(tr("Choose what to convert to and what to do where the formats differ. Whatever "
                   "cannot be carried over is counted as a loss; nothing is dropped silently."));

    for (const Convert::FormatSpec &spec : ConversionSetup::allSpecs())
        m_target->addItem(ConversionSetup::specTitle(spec), ConversionSetup::specKey(spec));

    using namespace Convert;
    m_system->addItem(tr("Merge all into one system prompt"), int(SystemPolicy::Merge));
    m_system->addItem(tr("Keep the first, drop the others"), int(SystemPolicy::First));
    m_system->addItem(tr("Keep the first, turn the others into user turns"),
                      int(SystemPolicy::AsUser));
    m_toolArguments->addItem(tr("Parse to an object; keep the raw string when it is not JSON"),
                             int(ToolArgumentPolicy::ParseOrKeepRaw));
    m_toolArguments->addItem(tr("Parse to an object; reject the record when it is not JSON"),
                             int(ToolArgumentPolicy::ParseOrReject));
    m_sameRole->addItem(tr("Merge them into one turn"), int(SameRolePolicy::Merge));
    m_sameRole->addItem(tr("Reject the record"), int(SameRolePolicy::Reject));
    m_images->addItem(tr("Keep (convert URL, data URL or base64 where needed)"),
                      int(ImagePolicy::Keep));
    m_images->addItem(tr("Drop every image"), int(ImagePolicy::Drop));
    m_images->addItem(tr("Reject records whose images the target cannot hold"),
                      int(ImagePolicy::Reject));
    m_carryId->setObjectName(u"carryIdMetadata"_s);
    m_migratedAt->setObjectName(u"addMigratedAt"_s);
    m_keepUnknown->setObjectName(u"keepUnknownFields"_s);

    auto *targetForm = new QFormLayout;
    targetForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    targetForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    targetForm->addRow(tr("Convert &to:"), m_target);

    auto *policies = new QGroupBox(tr("Where the formats differ"), this);
    auto *form = new QFormLayout(policies);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&System messages:"), m_system);
    form->addRow(tr("Tool &arguments:"), m_toolArguments);
    form->addRow(tr("Consecutive turns of the same &role:"), m_sameRole);
    form->addRow(tr("&Images:"), m_images);

    auto *records = new QGroupBox(tr("Record fields"), this);
    auto *recordsLayout = new QVBoxLayout(records);
    recordsLayout->addWidget(m_carryId);
    recordsLayout->addWidget(m_keepUnknown);
    recordsLayout->addWidget(m_migratedAt);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(targetForm);
    layout->addWidget(policies);
    layout->addWidget(records);
    layout->addStretch(1);
}

void TargetPage::initializePage()
{
    select(m_target, ConversionSetup::specKey(m_setup->to));
    select(m_system, int(m_setup->options.systemPolicy));
    select(m_toolArguments, int(m_setup->options.toolArguments));
    select(m_sameRole, int(m_setup->options.sameRole));
    select(m_images, int(m_setup->options.images));
    m_carryId->setChecked(m_setup->options.carryIdAndMetadata);
    m_keepUnknown->setChecked(m_setup->options.keepUnknownFields);
    m_migratedAt->setChecked(m_setup->addMigratedAt);
}

bool TargetPage::validatePage()
{
    using namespace Convert;
    const FormatSpec to = ConversionSetup::specFromKey(m_target->currentData().toInt());
    Options o = m_setup->options;
    o.systemPolicy = SystemPolicy(m_system->currentData().toInt());
    o.toolArguments = ToolArgumentPolicy(m_toolArguments->currentData().toInt());
    o.sameRole = SameRolePolicy(m_sameRole->currentData().toInt());
    o.images = ImagePolicy(m_images->currentData().toInt());
    o.carryIdAndMetadata = m_carryId->isChecked();
    o.keepUnknownFields = m_keepUnknown->isChecked();
    const bool targetChanged
            = to.format != m_setup->to.format || to.container != m_setup->to.container;
    m_setup->to = to;
    m_setup->options = o;
    m_setup->addMigratedAt = m_migratedAt->isChecked();
    if (targetChanged)
        m_setup->outputPath.clear(); // suggest a name for the new target
    m_setup->invalidate();
    return true;
}

} // namespace Cutover
