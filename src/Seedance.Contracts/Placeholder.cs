namespace Seedance.Contracts { internal static class Placeholder { } }
