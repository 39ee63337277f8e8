// Frame sources through OpenCV's VideoCapture (devices, video files) and ImageLoader (folders).
#include "scan/FrameSource.h"

#include "scan/ImageLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <opencv2/core.hpp>
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/videoio.hpp>

#include <exception>

namespace gatepost::scan {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gatepost::scan::FrameSource", text);
}

} // namespace

struct FrameSource::Private
{
    SourceSpec spec;
    cv::VideoCapture capture;
    bool open = false;
    double fileFps = 0;
    qint64 framesThisPass = 0;
    QStringList files; // image folder: absolute paths in name order
    qsizetype next = 0;

    QStringList listFolder() const
    {
        QStringList filters;
        for (const QString& ext : imageExtensions())
            filters << QStringLiteral("*.") + ext;
        const QDir dir(spec.location);
        QStringList out;
        for (const QString& name : dir.entryList(filters, QDir::Files | QDir::Readable, QDir::Name))
            out << dir.absoluteFilePath(name);
        return out;
    }

    bool openDevice(QString* error)
    {
        const QString what = spec.describe();
        if (!spec.location.isEmpty() && !QFileInfo::exists(spec.location)) {
            *error = tr("%1 cannot be opened").arg(what);
            return false;
        }
        bool ok = false;
        if (spec.location.isEmpty())
            ok = capture.open(spec.index, cv::CAP_V4L2);
        else
            ok = capture.open(spec.location.toStdString(), cv::CAP_V4L2);
        if (!ok || !capture.isOpened()) {
            capture.release();
            *error = tr("%1 cannot be opened").arg(what);
            return false;
        }
        if (spec.width > 0 && spec.height > 0) {
            // Cheap USB cameras reach 720p at 30 fps only with MJPG over USB 2.
            capture.set(cv::CAP_PROP_FOURCC, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'));
            capture.set(cv::CAP_PROP_FRAME_WIDTH, spec.width);
            capture.set(cv::CAP_PROP_FRAME_HEIGHT, spec.height);
        }
        return true;
    }

    bool openVideo(QString* error)
    {
        if (!capture.open(spec.location.toStdString(), cv::CAP_ANY) || !capture.isOpened()) {
            capture.release();
            *error = tr("%1 cannot be opened (not a video OpenCV can read)").arg(spec.describe());
            return false;
        }
        const double fps = capture.get(cv::CAP_PROP_FPS);
        fileFps = (fps >= 0.5 && fps <= 1000) ? fps : 0;
        return true;
    }

    bool openFolder(QString* error)
    {
        if (!QFileInfo(spec.location).isDir()) {
            *error = tr("%1 is missing").arg(spec.describe());
            return false;
        }
        files = listFolder();
        next = 0;
        if (files.isEmpty()) {
            *error = tr("%1 has no images").arg(spec.describe());
            return false;
        }
        return true;
    }

    ReadStatus readCapture(Frame* frame, QString* error)
    {
        cv::Mat mat;
        bool ok = capture.read(mat) && !mat.empty();
        if (!ok && spec.kind == SourceSpec::Kind::VideoFile && framesThisPass > 0) {
            if (!spec.loop)
                return ReadStatus::End;
            // Rewind; some containers cannot seek, so fall back to opening the file again.
            framesThisPass = 0;
            mat.release();
            const bool rewound = capture.set(cv::CAP_PROP_POS_FRAMES, 0) && capture.read(mat) && !mat.empty();
            if (!rewound) {
                capture.release();
                mat.release();
                if (capture.open(spec.location.toStdString(), cv::CAP_ANY))
                    capture.read(mat);
            }
            ok = !mat.empty();
        }
        if (!ok) {
            *error = spec.kind == SourceSpec::Kind::Device
                         ? tr("%1 stopped sending pictures").arg(spec.describe())
                         : tr("%1 cannot be read").arg(spec.describe());
            return ReadStatus::Failed;
        }
        *frame = ImageLoader::fromMat(mat);
        if (frame->isNull()) {
            *error = tr("%1 sends pictures in a format Gatepost cannot read").arg(spec.describe());
            return ReadStatus::Failed;
        }
        ++framesThisPass;
        return ReadStatus::Frame;
    }

    ReadStatus readFolder(Frame* frame, QString* error)
    {
        qsizetype unreadable = 0;
        while (true) {
            if (next >= files.size()) {
                if (!spec.loop)
                    return ReadStatus::End;
                files = listFolder(); // pick up files added or removed since the last pass
                next = 0;
                unreadable = 0;
                if (files.isEmpty()) {
                    *error = QFileInfo(spec.location).isDir() ? tr("%1 has no images").arg(spec.describe())
                                                              : tr("%1 is missing").arg(spec.describe());
                    return ReadStatus::Failed;
                }
            }
            const QString path = files.at(next++);
            if (!QFileInfo::exists(path)) {
                // Someone is changing the folder: list it again and go on after the lost file.
                const QString lostName = QFileInfo(path).fileName();
                files = listFolder();
                if (files.isEmpty()) {
                    *error = QFileInfo(spec.location).isDir() ? tr("%1 has no images").arg(spec.describe())
                                                              : tr("%1 is missing").arg(spec.describe());
                    return ReadStatus::Failed;
                }
                next = 0;
                while (next < files.size() && QFileInfo(files.at(next)).fileName() <= lostName)
                    ++next;
                continue;
            }
            QString why;
            if (auto loaded = ImageLoader::load(path, &why)) {
                *frame = std::move(*loaded);
                return ReadStatus::Frame;
            }
            if (++unreadable >= files.size()) {
                *error = tr("%1 has no readable images").arg(spec.describe());
                return ReadStatus::Failed;
            }
        }
    }
};

FrameSource::FrameSource(const SourceSpec& spec)
    : d(std::make_unique<Private>())
{
    d->spec = spec;
}

FrameSource::~FrameSource()
{
    close();
}

const SourceSpec& FrameSource::spec() const
{
    return d->spec;
}

bool FrameSource::isOpen() const
{
    return d->open;
}

double FrameSource::pacingFps() const
{
    switch (d->spec.kind) {
    case SourceSpec::Kind::Device:
        return 0;
    case SourceSpec::Kind::VideoFile:
        return d->fileFps > 0 ? d->fileFps : d->spec.fps;
    case SourceSpec::Kind::ImageFolder:
        return d->spec.fps;
    }
    return 0;
}

bool FrameSource::open(QString* error)
{
    close();
    QString why;
    bool ok = false;
    try {
        switch (d->spec.kind) {
        case SourceSpec::Kind::Device:
            ok = d->openDevice(&why);
            break;
        case SourceSpec::Kind::VideoFile:
            ok = d->openVideo(&why);
            break;
        case SourceSpec::Kind::ImageFolder:
            ok = d->openFolder(&why);
            break;
        }
    } catch (const std::exception&) {
        // cv::Exception from a broken driver or file: the same as "cannot be opened".
        d->capture.release();
        ok = false;
        why = tr("%1 cannot be opened").arg(d->spec.describe());
    }
    d->open = ok;
    d->framesThisPass = 0;
    if (!ok && error)
        *error = why;
    return ok;
}

FrameSource::ReadStatus FrameSource::read(Frame* frame, QString* error)
{
    QString why;
    ReadStatus status = ReadStatus::Failed;
    if (!d->open) {
        why = tr("%1 is not open").arg(d->spec.describe());
    } else {
        try {
            status = d->spec.kind == SourceSpec::Kind::ImageFolder ? d->readFolder(frame, &why)
                                                                   : d->readCapture(frame, &why);
        } catch (const std::exception&) {
            status = ReadStatus::Failed;
            why = tr("%1 cannot be read").arg(d->spec.describe());
        }
    }
    if (status == ReadStatus::Failed && error)
        *error = why;
    return status;
}

void FrameSource::close()
{
    try {
        d->capture.release();
    } catch (const std::exception&) {
        // A yanked camera may complain on release; there is nothing left to clean up.
    }
    d->open = false;
    d->files.clear();
    d->next = 0;
}

void FrameSource::prepareEnvironment()
{
    if (!qEnvironmentVariableIsSet("OPENCV_VIDEOIO_V4L_SELECT_TIMEOUT"))
        qputenv("OPENCV_VIDEOIO_V4L_SELECT_TIMEOUT", "2");
    // CAP_ANY tries every backend and logs each refusal as an ERROR; the detail says it better.
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_FATAL);
}

QStringList FrameSource::imageExtensions()
{
    return {QStringLiteral("png"), QStringLiteral("jpg"),  QStringLiteral("jpeg"),
            QStringLiteral("bmp"), QStringLiteral("pgm"),  QStringLiteral("ppm"),
            QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("webp")};
}

} // namespace gatepost::scan
