#include "HashChain.h"

namespace gatepost::core::hashchain {

QString genesis()
{
    return QString(64, QLatin1Char('0'));
}

void begin(QByteArray& out, const char* header)
{
    out.clear();
    out.append(header).append('\n');
}

void field(QByteArray& out, const char* name, const QByteArray& value)
{
    out.append(name).append('=').append(QByteArray::number(value.size())).append(':');
    out.append(value).append('\n');
}

QByteArray link(QCryptographicHash& sha, QByteArrayView prevHash, const QByteArray& encoding)
{
    sha.reset();
    sha.addData(prevHash);
    sha.addData(encoding);
    return sha.result().toHex();
}

} // namespace gatepost::core::hashchain
