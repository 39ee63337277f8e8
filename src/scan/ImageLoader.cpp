// The only file of the scan layer that reads still images through OpenCV.
#include "scan/ImageLoader.h"

#include <QFile>
#include <QFileInfo>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstring>
#include <vector>

namespace gatepost::scan {

namespace {

std::optional<Frame> fail(QString* error, const QString& path, QLatin1StringView why)
{
    if (error)
        *error = QStringLiteral("cannot read image: ") + path + QStringLiteral(": ") + why;
    return std::nullopt;
}

} // namespace

std::optional<Frame> ImageLoader::load(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(error, path, QLatin1StringView("file not found"));
    if (!info.isFile())
        return fail(error, path, QLatin1StringView("not a file"));
    // Read the bytes through Qt and decode from memory: imread() cannot tell "missing" from
    // "not an image", and it mangles non-ASCII paths on some platforms.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, path, QLatin1StringView("permission denied or unreadable"));
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return fail(error, path, QLatin1StringView("empty file"));

    cv::Mat mat;
    try {
        const std::vector<uchar> buf(bytes.begin(), bytes.end());
        mat = cv::imdecode(buf, cv::IMREAD_GRAYSCALE);
    } catch (const cv::Exception&) {
        mat.release();
    }
    if (mat.empty())
        return fail(error, path, QLatin1StringView("not an image"));
    Frame f = fromMat(mat);
    if (f.isNull())
        return fail(error, path, QLatin1StringView("not an image"));
    return f;
}

Frame ImageLoader::fromMat(const cv::Mat& mat, qint64 sequence, qint64 capturedMs)
{
    if (mat.empty() || mat.depth() != CV_8U || mat.dims != 2)
        return {};
    cv::Mat gray;
    switch (mat.channels()) {
    case 1:
        gray = mat;
        break;
    case 3:
        cv::cvtColor(mat, gray, cv::COLOR_BGR2GRAY);
        break;
    case 4:
        cv::cvtColor(mat, gray, cv::COLOR_BGRA2GRAY);
        break;
    default:
        return {};
    }
    Frame f;
    f.width = gray.cols;
    f.height = gray.rows;
    f.stride = gray.cols; // packed copy: the Mat's own step may include padding or a parent ROI
    f.sequence = sequence;
    f.capturedMs = capturedMs;
    f.gray.resize(qsizetype(f.stride) * f.height);
    for (int y = 0; y < gray.rows; ++y)
        std::memcpy(f.gray.data() + qsizetype(y) * f.stride, gray.ptr<uchar>(y), size_t(f.width));
    return f;
}

} // namespace gatepost::scan
