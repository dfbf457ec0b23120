namespace Groupement.Documents.Tests.Ocr;

/// <summary>An 8-bit grey image in memory: read from a binary PGM (pdftoppm -gray -pgm), degraded like a scan, written as a BMP.</summary>
internal sealed class GrayImage(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte[] Pixels { get; } = pixels;

    public static GrayImage ReadPgm(byte[] pgm)
    {
        var at = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)pgm[at])) at++;
            var start = at;
            while (!char.IsWhiteSpace((char)pgm[at])) at++;
            return System.Text.Encoding.ASCII.GetString(pgm, start, at - start);
        }
        if (Token() != "P5") throw new InvalidDataException("not a binary PGM");
        var width = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        _ = Token();
        at++;
        return new GrayImage(width, height, pgm[at..(at + width * height)]);
    }

    /// <summary>Rotated about its centre (bilinear; white fills the corners).</summary>
    public GrayImage Rotate(double degrees)
    {
        var (sin, cos) = Math.SinCos(degrees * Math.PI / 180);
        var (cx, cy) = (Width / 2.0, Height / 2.0);
        var output = new byte[Pixels.Length];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var sx = cos * (x - cx) + sin * (y - cy) + cx;
                var sy = -sin * (x - cx) + cos * (y - cy) + cy;
                output[y * Width + x] = Sample(sx, sy);
            }
        }
        return new GrayImage(Width, Height, output);
    }

    /// <summary>Grey paper, Gaussian grain and dust specks, from a fixed seed.</summary>
    public GrayImage AddNoise(int seed, double sigma = 10, double specks = 0.0005)
    {
        var random = new Random(seed);
        var output = new byte[Pixels.Length];
        for (var i = 0; i < Pixels.Length; i++)
        {
            var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            var value = Pixels[i] * 0.9 + 12 + gaussian * sigma;
            var r = random.NextDouble();
            if (r < specks / 2) value = 0;
            else if (r < specks) value = 255;
            output[i] = (byte)Math.Clamp(value, 0, 255);
        }
        return new GrayImage(Width, Height, output);
    }

    /// <summary>A 24-bit bottom-up BMP (PDFsharp embeds it as is).</summary>
    public byte[] ToBmp()
    {
        var rowSize = (Width * 3 + 3) & ~3;
        var data = new byte[54 + rowSize * Height];
        void Int(int offset, int value) => BitConverter.GetBytes(value).CopyTo(data, offset);
        data[0] = (byte)'B';
        data[1] = (byte)'M';
        Int(2, data.Length);
        Int(10, 54);
        Int(14, 40);
        Int(18, Width);
        Int(22, Height);
        data[26] = 1;
        data[28] = 24;
        Int(34, rowSize * Height);
        for (var y = 0; y < Height; y++)
        {
            var row = 54 + (Height - 1 - y) * rowSize;
            for (var x = 0; x < Width; x++)
            {
                var v = Pixels[y * Width + x];
                data[row + x * 3] = data[row + x * 3 + 1] = data[row + x * 3 + 2] = v;
            }
        }
        return data;
    }

    private byte Sample(double x, double y)
    {
        var (x0, y0) = ((int)Math.Floor(x), (int)Math.Floor(y));
        if (x0 < 0 || y0 < 0 || x0 + 1 >= Width || y0 + 1 >= Height) return 255;
        var (fx, fy) = (x - x0, y - y0);
        double P(int dx, int dy) => Pixels[(y0 + dy) * Width + x0 + dx];
        var top = P(0, 0) * (1 - fx) + P(1, 0) * fx;
        var bottom = P(0, 1) * (1 - fx) + P(1, 1) * fx;
        return (byte)Math.Round(top * (1 - fy) + bottom * fy);
    }
}
