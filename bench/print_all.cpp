// All the passes of the demo community (about 6,800 active ones) to one PDF, as
// `gatepost-cli print --all` does it: collect from the registry, lay out A4 sheets of 10 cards
// and A5 placards, write the PDF atomically. Target: under 60 s on the office PC.
//
// With --photos every person with a pass first gets a photo (a 240 x 320 JPEG, as the office's
// capture stores them), the worst case for time and size.
// Not a Google Benchmark: one real run, wall time; figures in docs/printing.md and docs/performance.md.
// Usage: bench_print_all [--photos] [--seed N]

#include "app/Station.h"
#include "core/DemoCommunity.h"
#include "core/Registry.h"
#include "print/PassDocument.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>

using namespace gatepost;

namespace {

QByteArray photoJpeg(int i)
{
    // A face-sized gradient with some detail, so the JPEG is as large as a real small photo.
    QImage img(240, 320, QImage::Format_RGB32);
    QPainter p(&img);
    QLinearGradient g(0, 0, 240, 320);
    g.setColorAt(0, QColor::fromHsv(i * 37 % 360, 80, 220));
    g.setColorAt(1, QColor::fromHsv(i * 53 % 360, 120, 120));
    p.fillRect(img.rect(), g);
    p.setBrush(QColor(0xe0, 0xb0, 0x90));
    p.drawEllipse(QRect(70, 60, 100, 130));
    for (int k = 0; k < 40; ++k)
        p.drawLine((i * 7 + k * 13) % 240, 0, (k * 31) % 240, 320);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "JPEG", 85);
    return bytes;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool photos = args.contains(QStringLiteral("--photos"));
    const int seedAt = static_cast<int>(args.indexOf(QStringLiteral("--seed")));
    const quint32 seed = seedAt > 0 && seedAt + 1 < args.size() ? args.at(seedAt + 1).toUInt() : 6;
    QTextStream out(stdout);

    QTemporaryDir dir;
    auto station =
        app::Station::open(dir.filePath(QStringLiteral("office.db")), app::Station::Mode::CreateIfMissing);
    core::Registry& registry = station->registry();
    registry.initStation(QStringLiteral("office"), QStringLiteral("office"));
    core::generateDemoCommunity(station->db(), core::DemoOptions{seed, {}});
    qint64 photoBytes = 0;
    int withPhoto = 0;
    if (photos) {
        core::PassFilter active;
        active.status = core::PassStatus::Active;
        for (const core::Pass& pass : registry.passes(active)) {
            if (pass.holderKind != core::HolderKind::Person)
                continue;
            const QByteArray jpeg = photoJpeg(withPhoto);
            registry.setPhoto(pass.holderId, jpeg, core::Actor::system());
            photoBytes += jpeg.size();
            ++withPhoto;
        }
    }

    print::PrintTexts texts;
    texts.title = QStringLiteral("清河四街社区 出入证");
    texts.validity = QStringLiteral("有效期 %1 至 %2");
    QElapsedTimer total;
    total.start();
    const print::PrintJob job = print::PassDocument::collectActive(registry, texts);
    const qint64 collectMs = total.elapsed();
    const QString pdf = dir.filePath(QStringLiteral("all.pdf"));
    QString error;
    if (!print::PassDocument::writePdf(job, pdf, &error)) {
        out << "failed: " << error << Qt::endl;
        return 1;
    }
    const qint64 totalMs = total.elapsed();
    out << "passes " << job.serials.size() << " (" << job.cards.size() << " cards, " << job.placards.size()
        << " placards), pages " << job.pageCount() << " (" << job.sheetCount() << " A4 sheets)\n";
    if (photos)
        out << "photos " << withPhoto << ", " << photoBytes / withPhoto << " bytes each on average\n";
    out << "collect " << collectMs << " ms, layout and PDF " << (totalMs - collectMs) << " ms, total "
        << QString::number(totalMs / 1000.0, 'f', 1) << " s\n";
    out << "file " << QString::number(QFileInfo(pdf).size() / 1048576.0, 'f', 1) << " MiB ("
        << QFileInfo(pdf).size() / job.serials.size() << " bytes per pass)" << Qt::endl;
    return 0;
}
