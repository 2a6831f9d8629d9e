using System.Globalization;

namespace CradleToCareer.LoadTool.Reporting;

/// <summary>Resident memory of another process on Linux, from /proc/PID/status (values in KiB).</summary>
public static class HostMemory
{
    public static long? ResidentKiB(int pid) => Field(pid, "VmRSS:");

    public static long? PeakResidentKiB(int pid) => Field(pid, "VmHWM:");

    private static long? Field(int pid, string name)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(name, StringComparison.Ordinal))
                {
                    var number = line[name.Length..].Trim().Split(' ')[0];
                    return long.Parse(number, CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return null;
    }
}
