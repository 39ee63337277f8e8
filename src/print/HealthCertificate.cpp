#include "HealthCertificate.h"

#include "PdfFile.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRectF>

namespace gatepost::print {

namespace {

QString chineseDate(QDate d)
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()) : QString();
}

// Noto Sans CJK draws digits in a run of Latin script ("JK-20260313-0001") with glyphs that
// Qt's PDF writer gives no Unicode, so a reader could not find the number: such fields use the
// monospaced face of the same family, whose digits map back.
QFont fontOf(double sizeMm, double u, bool bold, bool mono = false)
{
    QFont f(mono ? QStringLiteral("Noto Sans Mono CJK SC") : QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(qMax(1, qRound(sizeMm * u)));
    f.setBold(bold);
    return f;
}

} // namespace

QString HealthCertificate::defaultCommunityTitle()
{
    return QStringLiteral("清河四街社区");
}

HealthCertificateData HealthCertificateData::from(const core::CertificateFacts& facts,
                                                  const QString& communityTitle)
{
    HealthCertificateData d;
    d.communityTitle = communityTitle;
    d.number = facts.number;
    d.issuedDate = facts.issuedDate;
    d.name = facts.name;
    d.idNumberMasked = facts.idNumberMasked;
    d.address = facts.address;
    d.origin = facts.origin;
    d.central = facts.kind == core::QuarantineKind::Central;
    d.start = facts.start;
    d.end = facts.end;
    d.reports = facts.reports;
    d.highest = facts.highest;
    d.feverSeen = facts.feverSeen;
    return d;
}

void HealthCertificate::paint(QPainter& p, const QRectF& page, const HealthCertificateData& d)
{
    p.save();
    p.fillRect(page, Qt::white);
    const double u = page.width() / kWidthMm; // one millimetre
    const double left = page.left() + 25 * u;
    const double width = page.width() - 50 * u;
    double y = page.top() + 28 * u;
    p.setPen(Qt::black);

    p.setFont(fontOf(6.5, u, true));
    p.drawText(QRectF(left, y, width, 10 * u), Qt::AlignHCenter | Qt::AlignVCenter, d.communityTitle);
    y += 14 * u;
    p.setFont(fontOf(11, u, true));
    p.drawText(QRectF(left, y, width, 16 * u), Qt::AlignHCenter | Qt::AlignVCenter,
               QStringLiteral("健康证明"));
    y += 20 * u;
    const double numberW = 48 * u;
    p.setFont(fontOf(3.8, u, false, true));
    p.drawText(QRectF(left + width - numberW, y, numberW, 6 * u), Qt::AlignRight | Qt::AlignVCenter,
               d.number);
    p.setFont(fontOf(3.8, u, false));
    p.drawText(QRectF(left, y, width - numberW, 6 * u), Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("编号："));
    y += 10 * u;

    // The facts, one row each, ruled like a form.
    const int days = static_cast<int>(d.start.daysTo(d.end));
    const QString period = QStringLiteral("%1 至 %2（共 %3 天）")
                               .arg(chineseDate(d.start), chineseDate(d.end.addDays(-1)))
                               .arg(days);
    const QString reports = d.highest ? QStringLiteral("每日早晚两次，共 %1 次，最高 %2 ℃")
                                            .arg(d.reports)
                                            .arg(QString::number(*d.highest, 'f', 1))
                                      : QStringLiteral("无记录");
    struct Row
    {
        QString label;
        QString value;
        bool mono = false;
    };
    const QList<Row> rows{
        {QStringLiteral("姓名"), d.name},
        {QStringLiteral("身份证号"), d.idNumberMasked.isEmpty() ? QStringLiteral("—") : d.idNumberMasked,
         true},
        {QStringLiteral("住址"), d.address},
        {QStringLiteral("来自"), d.origin},
        {d.central ? QStringLiteral("隔离观察期") : QStringLiteral("居家观察期"), period},
        {QStringLiteral("体温监测"), reports},
    };
    const double labelW = 32 * u;
    const double rowH = 12 * u;
    p.setPen(QPen(Qt::black, 0.3 * u));
    p.drawLine(QPointF(left, y), QPointF(left + width, y));
    for (const Row& row : rows) {
        p.setFont(fontOf(4.4, u, true));
        p.drawText(QRectF(left + 2 * u, y, labelW, rowH), Qt::AlignLeft | Qt::AlignVCenter, row.label);
        p.setFont(fontOf(4.4, u, false, row.mono));
        p.drawText(QRectF(left + labelW, y, width - labelW - 2 * u, rowH),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, row.value);
        y += rowH;
        p.drawLine(QPointF(left, y), QPointF(left + width, y));
    }
    y += 10 * u;

    const QString health = d.feverSeen ? QStringLiteral("观察期间曾有发热记录，经复测体温已恢复正常")
                                       : QStringLiteral("观察期间体温正常，未发热");
    const QString statement =
        QStringLiteral("兹证明 %1 自 %2 起在本社区%3，现观察期满，%4，无异常情况，准予解除%5。")
            .arg(d.name, chineseDate(d.start),
                 d.central ? QStringLiteral("接受隔离观察") : QStringLiteral("居家观察"), health,
                 d.central ? QStringLiteral("隔离观察") : QStringLiteral("居家观察"));
    p.setFont(fontOf(4.6, u, false));
    const QRectF para(left, y, width, 40 * u);
    p.drawText(para, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, QStringLiteral("　　") + statement);
    y += 48 * u;

    // Signature and stamp at the foot of the page.
    p.setFont(fontOf(4.4, u, false));
    const double sigY = qMax(y, page.top() + 215 * u);
    p.drawText(QRectF(left, sigY, width / 2, 10 * u), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("经办人（签字）："));
    p.drawLine(QPointF(left + 36 * u, sigY + 8 * u), QPointF(left + width / 2 - 4 * u, sigY + 8 * u));
    p.drawText(QRectF(left + width / 2, sigY, width / 2, 10 * u), Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("%1（盖章）").arg(d.communityTitle));
    p.drawText(QRectF(left + width / 2, sigY + 14 * u, width / 2, 10 * u), Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("签发日期：%1").arg(chineseDate(d.issuedDate)));
    p.restore();
}

bool HealthCertificate::writePdf(const QString& path, const HealthCertificateData& data, QString* error)
{
    return writePdfFile(
        path, QStringLiteral("健康证明 %1").arg(data.number), 600,
        [&](QPdfWriter& pdf) {
            pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
            QPainter painter;
            if (!painter.begin(&pdf))
                return false;
            const double dotsPerMm = pdf.resolution() / 25.4;
            paint(painter, QRectF(0, 0, kWidthMm * dotsPerMm, kHeightMm * dotsPerMm), data);
            painter.end();
            return true;
        },
        error);
}

} // namespace gatepost::print
