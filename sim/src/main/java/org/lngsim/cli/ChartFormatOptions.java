package org.lngsim.cli;

import java.util.Set;
import org.lngsim.charts.ChartFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --format} option of every command that draws charts. */
public final class ChartFormatOptions {

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "png", converter = FormatsConverter.class,
            description = "Chart formats, comma-separated: png, svg, pdf (default: ${DEFAULT-VALUE}); the PNGs are"
                    + " always written, since report.html is drawn from them.")
    private Set<ChartFormat> formats;

    public Set<ChartFormat> formats() {
        return formats;
    }

    /** "png,svg" to a set of formats; picocli turns the exception into a usage error (exit 2). */
    static final class FormatsConverter implements ITypeConverter<Set<ChartFormat>> {
        @Override
        public Set<ChartFormat> convert(String value) {
            try {
                return ChartFormat.parseList(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
