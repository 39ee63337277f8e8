// Renders webcam-like frames of real pass cards for bench_compare_decoders: the codes come from a
// file (one a line, e.g. the "qr" fields of `gatepost-cli pass list --json`), are drawn by the
// product's own print::QrEncoder at the card's print size (30 mm with quiet zone, as PassCard
// prints it), and are seen by a pinhole camera at 20-40 cm, hand-held (roll, tilt), on a busy
// background, under indoor, night, sun or motion conditions, then JPEG-compressed like MJPEG.
//
//   bench_make_pass_frames OUTDIR CODES.txt [SEED] [N_WITH_CODE] [N_EMPTY]
//
// Writes OUTDIR/pNNNN.jpg and OUTDIR/truth.tsv (file, w, h, scenario, distance_cm, ppm, payload).
// Output belongs in /tmp, not in the repository.

#include "print/QrEncoder.h"

#include <QFile>
#include <QImage>
#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <array>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kCardW = 85.6, kCardH = 54.0; // mm, ID-1
constexpr double kQrMm = 30.0;                 // QR with its quiet zone, as PassCard prints it
constexpr double kCardPxPerMm = 12.0;          // resolution of the flat card before projection

struct Rng
{
    std::mt19937_64 g;
    double uni(double a, double b) { return std::uniform_real_distribution<double>(a, b)(g); }
    int irange(int a, int b) { return std::uniform_int_distribution<int>(a, b)(g); }
};

cv::Mat background(Rng& r, int w, int h)
{
    // A smooth light gradient, then blurred shapes and a fine texture: walls, jackets, a car.
    cv::Mat bg(h, w, CV_32FC3);
    const cv::Vec3f a(float(r.uni(40, 200)), float(r.uni(40, 200)), float(r.uni(40, 200)));
    const cv::Vec3f b(float(r.uni(40, 200)), float(r.uni(40, 200)), float(r.uni(40, 200)));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const float t = float(x + y) / float(w + h);
            bg.at<cv::Vec3f>(y, x) = a * (1 - t) + b * t;
        }
    for (int i = 0, n = r.irange(8, 25); i < n; ++i) {
        const cv::Scalar c(r.uni(0, 255), r.uni(0, 255), r.uni(0, 255));
        const cv::Point p(r.irange(0, w), r.irange(0, h));
        if (r.irange(0, 1) == 0)
            cv::rectangle(bg, p, p + cv::Point(r.irange(20, w / 3), r.irange(20, h / 3)), c, cv::FILLED);
        else
            cv::ellipse(bg, p, cv::Size(r.irange(10, w / 5), r.irange(10, h / 5)), r.uni(0, 180), 0, 360, c,
                        cv::FILLED);
    }
    // A few thin high-contrast lines (cables, window frames) that tempt finder-pattern searches.
    for (int i = 0, n = r.irange(2, 8); i < n; ++i)
        cv::line(bg, {r.irange(0, w), r.irange(0, h)}, {r.irange(0, w), r.irange(0, h)},
                 cv::Scalar::all(r.uni(0, 255)), r.irange(1, 6));
    cv::GaussianBlur(bg, bg, cv::Size(0, 0), r.uni(1.0, 4.0));
    cv::Mat tex(h, w, CV_32FC3);
    cv::randn(tex, 0, r.uni(2, 10));
    bg += tex;
    return bg;
}

// The flat card: white with a coloured band, a photo box, text bars and the QR code on the right.
cv::Mat card(Rng& r, const QString& code, bool withQr)
{
    const int w = int(kCardW * kCardPxPerMm), h = int(kCardH * kCardPxPerMm);
    cv::Mat c(h, w, CV_32FC3, cv::Scalar::all(r.uni(225, 250)));
    cv::rectangle(c, cv::Rect(0, 0, w, int(8 * kCardPxPerMm)), cv::Scalar(r.uni(0, 255), r.uni(0, 255), 40),
                  cv::FILLED);
    const int photo = int(22 * kCardPxPerMm);
    cv::rectangle(c, cv::Rect(int(4 * kCardPxPerMm), int(12 * kCardPxPerMm), photo * 3 / 4, photo),
                  cv::Scalar::all(r.uni(60, 160)), cv::FILLED);
    for (int i = 0; i < 4; ++i)
        cv::rectangle(c,
                      cv::Rect(int(24 * kCardPxPerMm), int((13 + 8 * i) * kCardPxPerMm),
                               int(r.uni(12, 24) * kCardPxPerMm), int(3 * kCardPxPerMm)),
                      cv::Scalar::all(30), cv::FILLED);
    if (withQr) {
        const QImage qr = gatepost::print::QrEncoder::render(code, 1, 4);
        const int side = int(kQrMm * kCardPxPerMm);
        cv::Mat m(qr.height(), qr.width(), CV_8UC1, const_cast<uchar*>(qr.constBits()),
                  size_t(qr.bytesPerLine()));
        cv::Mat big;
        cv::resize(m, big, cv::Size(side, side), 0, 0, cv::INTER_NEAREST);
        cv::Mat big3;
        cv::cvtColor(big, big3, cv::COLOR_GRAY2BGR);
        big3.convertTo(big3, CV_32FC3, 0.95, 8); // ink is not pure black, paper not pure white
        big3.copyTo(
            c(cv::Rect(w - side - int(3 * kCardPxPerMm), h - side - int(3 * kCardPxPerMm), side, side)));
    }
    return c;
}

struct Pose
{
    double distanceMm = 300, roll = 0, tiltX = 0, tiltY = 0, offX = 0, offY = 0;
};

// Card corners projected by a pinhole camera of horizontal field of view @p hfovDeg.
std::array<cv::Point2f, 4> project(const Pose& p, int w, int h, double hfovDeg, double* pxPerMm)
{
    const double f = w / 2.0 / std::tan(hfovDeg / 2 * kPi / 180);
    const double cr = std::cos(p.roll), sr = std::sin(p.roll);
    const double cx = std::cos(p.tiltX), sx = std::sin(p.tiltX);
    const double cy = std::cos(p.tiltY), sy = std::sin(p.tiltY);
    const double corners[4][2] = {{-kCardW / 2, -kCardH / 2},
                                  {kCardW / 2, -kCardH / 2},
                                  {kCardW / 2, kCardH / 2},
                                  {-kCardW / 2, kCardH / 2}};
    std::array<cv::Point2f, 4> out;
    for (int i = 0; i < 4; ++i) {
        double x = corners[i][0] * cr - corners[i][1] * sr, y = corners[i][0] * sr + corners[i][1] * cr,
               z = 0;
        const double y1 = y * cx - z * sx, z1 = y * sx + z * cx;    // tilt about x
        const double x2 = x * cy + z1 * sy, z2 = -x * sy + z1 * cy; // tilt about y
        x = x2 + p.offX;
        y = y1 + p.offY;
        z = z2 + p.distanceMm;
        out[size_t(i)] = cv::Point2f(float(f * x / z + w / 2.0), float(f * y / z + h / 2.0));
    }
    *pxPerMm = f / p.distanceMm;
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s OUTDIR CODES.txt [SEED] [N_WITH_CODE] [N_EMPTY]\n", argv[0]);
        return 2;
    }
    const std::string out = argv[1];
    QFile codesFile(QString::fromLocal8Bit(argv[2]));
    if (!codesFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[2]);
        return 1;
    }
    const QStringList codes =
        QString::fromUtf8(codesFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const unsigned long long seed = argc > 3 ? std::stoull(argv[3]) : 20261129ULL;
    const int nCode = argc > 4 ? std::stoi(argv[4]) : 60;
    const int nEmpty = argc > 5 ? std::stoi(argv[5]) : 10;
    if (codes.isEmpty() || nCode < 0 || nEmpty < 0) {
        std::fprintf(stderr, "no codes in %s\n", argv[2]);
        return 1;
    }
    cv::setNumThreads(1);
    Rng r{std::mt19937_64(seed)};
    std::FILE* truth = std::fopen((out + "/truth.tsv").c_str(), "w");
    if (!truth) {
        std::fprintf(stderr, "cannot write %s/truth.tsv\n", out.c_str());
        return 1;
    }
    std::fprintf(truth, "file\tw\th\tscenario\tdistance_cm\tppm\tpayload\n");
    const char* scenarios[] = {"indoor", "night", "sun", "motion"};
    for (int i = 0; i < nCode + nEmpty; ++i) {
        const bool withQr = i < nCode;
        const QString code = codes[i % codes.size()];
        const bool hd = r.uni(0, 1) < 0.7; // most gate webcams run 1280x720, some 640x480
        const int w = hd ? 1280 : 640, h = hd ? 720 : 480;
        const double hfov = hd ? 60.0 : 50.0;
        const char* scenario = scenarios[i % 4];
        Pose p;
        p.distanceMm = r.uni(200, 400);
        p.roll = r.uni(-30, 30) * kPi / 180;
        p.tiltX = r.uni(-25, 25) * kPi / 180;
        p.tiltY = r.uni(-25, 25) * kPi / 180;
        const double fieldW = 2 * p.distanceMm * std::tan(hfov / 2 * kPi / 180);
        p.offX = r.uni(-0.25, 0.25) * (fieldW - kCardW);
        p.offY = r.uni(-0.25, 0.25) * (fieldW * h / w - kCardH);

        // Render at twice the size and area-downscale, so the sensor integrates the print.
        const int W2 = w * 2, H2 = h * 2;
        cv::Mat img = background(r, W2, H2);
        double ppm2 = 0;
        const auto quad = project(p, W2, H2, hfov, &ppm2);
        const cv::Mat flat = card(r, code, withQr);
        const std::array<cv::Point2f, 4> src = {cv::Point2f(0, 0), cv::Point2f(float(flat.cols), 0),
                                                cv::Point2f(float(flat.cols), float(flat.rows)),
                                                cv::Point2f(0, float(flat.rows))};
        const cv::Mat H = cv::getPerspectiveTransform(src.data(), quad.data());
        cv::Mat warped, mask;
        cv::warpPerspective(flat, warped, H, img.size(), cv::INTER_AREA);
        cv::warpPerspective(cv::Mat(flat.size(), CV_32FC1, cv::Scalar(1)), mask, H, img.size(),
                            cv::INTER_LINEAR);
        // A shadow across the card (a hand, a cap), as a soft vertical ramp.
        cv::Mat shade(img.size(), CV_32FC1);
        const double s0 = r.uni(0.6, 1.0), s1 = r.uni(0.8, 1.1);
        for (int x = 0; x < W2; ++x)
            shade.col(x).setTo(s0 + (s1 - s0) * x / W2);
        std::vector<cv::Mat> ch;
        cv::split(warped, ch);
        for (auto& c : ch)
            c = c.mul(shade);
        cv::merge(ch, warped);
        cv::Mat mask3;
        cv::cvtColor(mask, mask3, cv::COLOR_GRAY2BGR);
        img = img.mul(cv::Scalar::all(1) - mask3) + warped.mul(mask3);
        cv::resize(img, img, cv::Size(w, h), 0, 0, cv::INTER_AREA);

        // Optics and sensor.
        const double sigma = r.uni(0.3, 1.2);
        cv::GaussianBlur(img, img, cv::Size(0, 0), sigma);
        double gain = 1, offset = 0, noise = r.uni(1.5, 4);
        if (std::string(scenario) == "night") {
            gain = r.uni(0.2, 0.45);
            noise = r.uni(4, 9);
        } else if (std::string(scenario) == "sun") {
            gain = r.uni(1.3, 1.9);
            offset = r.uni(10, 50);
        } else if (std::string(scenario) == "motion") {
            const int len = r.irange(3, 9);
            cv::Mat k = cv::Mat::zeros(len, len, CV_32F);
            cv::line(k, {0, r.irange(0, len - 1)}, {len - 1, r.irange(0, len - 1)}, cv::Scalar(1));
            k /= cv::sum(k)[0];
            cv::filter2D(img, img, -1, k);
        }
        img = img * gain + cv::Scalar::all(offset);
        cv::Mat n(img.size(), img.type());
        cv::randn(n, 0, noise);
        img += n;
        cv::Mat u8;
        img.convertTo(u8, CV_8UC3);
        char fn[32];
        std::snprintf(fn, sizeof fn, "p%04d.jpg", i);
        cv::imwrite(out + "/" + fn, u8, {cv::IMWRITE_JPEG_QUALITY, r.irange(70, 90)});
        const double ppmQr = ppm2 / 2 * kQrMm / 33.0; // pixels per module, card facing the camera
        std::fprintf(truth, "%s\t%d\t%d\t%s\t%.0f\t%.2f\t%s\n", fn, w, h, withQr ? scenario : "empty",
                     p.distanceMm / 10, withQr ? ppmQr : 0.0, withQr ? code.toUtf8().constData() : "");
    }
    std::fclose(truth);
    std::fprintf(stderr, "wrote %d frames to %s (seed %llu)\n", nCode + nEmpty, out.c_str(), seed);
    return 0;
}
