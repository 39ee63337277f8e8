#include "EnrolDialog.h"

#include "TouchStyle.h"
#include "core/Crypto.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatepost::gui {

struct EnrolDialog::Private
{
    QLabel* title = nullptr;
    QLabel* ownHint = nullptr;
    QLabel* ownFingerprint = nullptr;
    QLabel* keyHint = nullptr;
    QLineEdit* keyEdit = nullptr;
    QLabel* officeFingerprint = nullptr;
    QCheckBox* compared = nullptr;
    QPushButton* ok = nullptr;
    QPushButton* cancel = nullptr;
    QString key;
};

namespace {

QLabel* fingerprintLabel(QWidget* parent, const char* name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    QFont f(QStringLiteral("monospace"));
    f.setStyleHint(QFont::Monospace);
    f.setPointSize(18);
    f.setBold(true);
    l->setFont(f);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

QString EnrolDialog::fingerprintLines(const QString& fingerprint, int groupsPerLine)
{
    const QStringList groups = fingerprint.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    for (int i = 0; i < groups.size(); i += groupsPerLine)
        lines << groups.mid(i, groupsPerLine).join(QLatin1Char(' '));
    return lines.join(QLatin1Char('\n'));
}

EnrolDialog::EnrolDialog(const core::StationIdentity& station, QWidget* parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    setObjectName(QStringLiteral("enrolDialog"));
    setWindowTitle(tr("Join the office's community"));
    auto* layout = new QVBoxLayout(this);
    d->title = new QLabel(tr("Join the office's community"), this);
    d->title->setObjectName(QStringLiteral("titleLabel"));
    layout->addWidget(d->title);

    d->ownHint = new QLabel(tr("1. Read this station's fingerprint to the office:"), this);
    d->ownHint->setWordWrap(true);
    layout->addWidget(d->ownHint);
    d->ownFingerprint = fingerprintLabel(this, "stationFingerprintLabel");
    d->ownFingerprint->setText(
        fingerprintLines(core::crypto::fingerprint(core::crypto::keyFromHex(station.publicKey)), 8));
    layout->addWidget(d->ownFingerprint);

    d->keyHint = new QLabel(tr("2. Paste the office's public key (64 characters, shown by "
                               "'gatepost-cli station show' at the office):"),
                            this);
    d->keyHint->setWordWrap(true);
    layout->addWidget(d->keyHint);
    d->keyEdit = new QLineEdit(this);
    d->keyEdit->setObjectName(QStringLiteral("officeKeyEdit"));
    d->keyEdit->setMaxLength(200);
    layout->addWidget(d->keyEdit);
    d->officeFingerprint = fingerprintLabel(this, "officeFingerprintLabel");
    d->officeFingerprint->setStyleSheet(QStringLiteral("font-size: 24pt;"));
    layout->addWidget(d->officeFingerprint);

    d->compared = new QCheckBox(tr("I compared both fingerprints"), this);
    d->compared->setObjectName(QStringLiteral("comparedCheck"));
    layout->addWidget(d->compared);
    layout->addStretch(1);

    auto* buttons = new QHBoxLayout;
    d->cancel = new QPushButton(tr("Cancel"), this);
    d->cancel->setObjectName(QStringLiteral("cancelButton"));
    d->ok = new QPushButton(tr("Join"), this);
    d->ok->setObjectName(QStringLiteral("okButton"));
    buttons->addWidget(d->cancel);
    buttons->addStretch(1);
    buttons->addWidget(d->ok);
    layout->addLayout(buttons);

    touch::apply(this);
    touch::makeTitle(d->title);
    touch::makeCancel(d->cancel);
    touch::makePrimary(d->ok);

    connect(d->keyEdit, &QLineEdit::textChanged, this, &EnrolDialog::update);
    connect(d->compared, &QCheckBox::toggled, this, &EnrolDialog::update);
    connect(d->ok, &QPushButton::clicked, this, &QDialog::accept);
    connect(d->cancel, &QPushButton::clicked, this, &QDialog::reject);
    update();
}

EnrolDialog::~EnrolDialog() = default;

QString EnrolDialog::officeKey() const
{
    return d->key;
}

void EnrolDialog::update()
{
    // Pasted keys often carry spaces or a line break: those are not part of the key.
    QString typed = d->keyEdit->text();
    typed.remove(QLatin1Char(' '));
    const QByteArray key = core::crypto::keyFromHex(typed.trimmed());
    d->key = key.isEmpty() ? QString() : core::crypto::keyToHex(key);
    const bool valid = !d->key.isEmpty();
    d->officeFingerprint->setVisible(valid);
    d->officeFingerprint->setText(valid ? fingerprintLines(core::crypto::fingerprint(key), 4) : QString());
    // The tick means "the key I pasted is the office's": it only counts for the key shown.
    d->compared->setEnabled(valid);
    if (!valid)
        d->compared->setChecked(false);
    d->ok->setEnabled(valid && d->compared->isChecked());
}

} // namespace gatepost::gui
