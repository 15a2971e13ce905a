// Source: FreeeedomDive/AntiClownBot, AntiClownBot.DiscordBot/ExceptionFilters/Rules/MinecraftServerFailedToConnectExceptionRule.cs
using System;
using System.Net.Sockets;

class MinecraftServerFailedToConnectExceptionRule
{
    // The Russian text of WSAECONNREFUSED's Windows message: only right on a Russian Windows.
    public bool Filter(Exception exception) =>
        exception is SocketException
        && exception.Message == "Подключение не установлено, т.к. конечный компьютер отверг запрос на подключение"; // non-portable
}
