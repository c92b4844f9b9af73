package pl.kcs.evaluation.instrument;

import com.google.common.collect.ImmutableList;
import pl.kcs.evaluation.LonelinessTerm;

/** The two forms of the De Jong Gierveld scale. Measures KCS-EFF-LONELINESS. */
public enum DjgForm implements LonelinessTerm {
  /** The 6-item scale (de Jong Gierveld &amp; van Tilburg 2006): 3 emotional and 3 social items. */
  SIX_ITEM(Instrument.DJG_6),
  /** The 11-item scale (de Jong Gierveld &amp; Kamphuis 1985): 6 emotional and 5 social items. */
  ELEVEN_ITEM(Instrument.DJG_11);

  private final Instrument instrument;

  DjgForm(Instrument instrument) {
    this.instrument = instrument;
  }

  /** The instrument this form is. */
  public Instrument instrument() {
    return instrument;
  }

  /** The items this form asks, in the 11-item numbering's order. */
  public ImmutableList<DjgItem> items() {
    ImmutableList.Builder<DjgItem> items = ImmutableList.builder();
    for (DjgItem item : DjgItem.values()) {
      if (this == ELEVEN_ITEM || item.inSixItemScale()) {
        items.add(item);
      }
    }
    return items.build();
  }

  /** The items of {@code subscale} this form asks. */
  public ImmutableList<DjgItem> items(DjgSubscale subscale) {
    ImmutableList.Builder<DjgItem> items = ImmutableList.builder();
    for (DjgItem item : items()) {
      if (item.subscale() == subscale) {
        items.add(item);
      }
    }
    return items.build();
  }
}
