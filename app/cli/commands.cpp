#include "commands.h"

namespace mcs::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {
    };
    return list;
}

} // namespace mcs::cli
