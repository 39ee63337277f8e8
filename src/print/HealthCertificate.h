#pragma once

// The health certificate (健康证明) a returnee gets with their pass when the quarantine ends:
// one A4 page with the community's title, the person (ID number masked), the household, the
// period of observation, where they came from, what the reports showed, the certificate number
// and issue date, and a line for the signature and the stamp. The document is in Chinese
// whatever the screen's language: it is handed to the resident and shown to employers.
// Fonts are embedded (Noto Sans CJK SC). Needs a QGuiApplication (fonts).

#include "core/Quarantine.h"

#include <QDate>
#include <QString>

#include <optional>

class QPainter;
class QRectF;

namespace gatepost::print {

struct HealthCertificateData
{
    QString communityTitle; ///< e.g. "清河四街社区"
    QString number;         ///< "JK-20261201-0001"
    QDate issuedDate;
    QString name;
    QString idNumberMasked; ///< empty when none is known
    QString address;
    QString origin;
    bool central = false; ///< the observation ended in central quarantine
    QDate start;          ///< arrival
    QDate end;            ///< first day out
    int reports = 0;
    std::optional<double> highest;
    bool feverSeen = false;

    /// The facts the core read back from the registry.
    static HealthCertificateData from(const core::CertificateFacts& facts, const QString& communityTitle);
};

class HealthCertificate final
{
public:
    static constexpr double kWidthMm = 210.0;
    static constexpr double kHeightMm = 297.0;

    /// The community named on a certificate until the station has a setting for it.
    static QString defaultCommunityTitle();

    /// Paints the page into @p page (any units; A4 proportions are the caller's).
    static void paint(QPainter& painter, const QRectF& page, const HealthCertificateData& data);
    /// Writes the one-page PDF to @p path atomically (a temporary file renamed into place: a
    /// failed write leaves an earlier file as it was). False with an English @p error (for logs
    /// and the CLI) when the file cannot be written.
    static bool writePdf(const QString& path, const HealthCertificateData& data, QString* error = nullptr);
};

} // namespace gatepost::print
