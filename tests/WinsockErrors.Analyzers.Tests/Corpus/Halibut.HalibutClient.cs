// Source: OctopusDeploy/Halibut, source/Halibut/Client/HalibutClient.cs, commit 7f9dbff820d26d28c5a81b76fe36e27999a49a62
using System;
using System.IO;
using System.Net.Sockets;

class HalibutClient
{
    void Post(Action send)
    {
        try
        {
            send();
        }
        catch (IOException ioex)
        {
            var inner = ioex.InnerException as SocketException;
            if (inner != null)
            {
                if (inner.ErrorCode == 10053 // non-portable
                    || inner.ErrorCode == 10054) // non-portable
                {
                    throw new InvalidOperationException("The remote host aborted the connection.", ioex);
                }
            }

            throw;
        }
    }
}
