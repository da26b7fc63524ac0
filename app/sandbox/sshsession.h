// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace glows::sandbox {

class SshEndpoint;

// Serves one accepted connection to `endpoint` until the client leaves, a timeout or the endpoint stops:
// key exchange, password or public-key login, exec requests (the simulated commands and the key install),
// and direct-tcpip channels to the simulated JupyterLab on port 8888. Blocking: runs on its own thread. The
// session owns `fd` from the start and closes it.
void runSshSession(SshEndpoint *endpoint, int fd);

} // namespace glows::sandbox
