#include "HubError.h"

namespace gatepost::sync {

HubError::HubError(Kind kind, const QString& message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{
}

} // namespace gatepost::sync
