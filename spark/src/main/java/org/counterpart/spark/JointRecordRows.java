package org.counterpart.spark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.counterpart.core.analysis.JointRecord;

/**
 * The Parquet layout of the joint database: the columns of {@code joint_record} under the same
 * names (as the export writes them), without the database's own id and reception time.
 */
public final class JointRecordRows {

  private JointRecordRows() {}

  private static final String[] TEXT = {
    "source",
    "source_ref",
    "case_type",
    "data_source",
    "gender",
    "age_broad",
    "majority_status",
    "citizenship",
    "country_of_exploitation",
    "border_crossing",
    "perpetrators"
  };

  private static final String[] ARRAYS = {
    "means_of_control", "exploitation", "labour_types", "sex_types", "recruiter_relation",
    "recruitment", "communication", "transport", "route", "perpetrator_roles"
  };

  /** The schema, column for column; the export selects the table's columns in this order. */
  public static final StructType SCHEMA = schema();

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    for (String name : TEXT) {
      fields.add(DataTypes.createStructField(name, DataTypes.StringType, true));
    }
    fields.add(DataTypes.createStructField("version", DataTypes.IntegerType, false));
    fields.add(DataTypes.createStructField("year", DataTypes.IntegerType, false));
    fields.add(DataTypes.createStructField("quarter", DataTypes.IntegerType, true));
    fields.add(DataTypes.createStructField("is_abduction", DataTypes.BooleanType, true));
    for (String name : ARRAYS) {
      fields.add(
          DataTypes.createStructField(
              name, DataTypes.createArrayType(DataTypes.StringType, false), false));
    }
    return DataTypes.createStructType(fields);
  }

  /** The select list that reads the table into {@link #SCHEMA}. */
  public static String selectList() {
    var out = new StringBuilder();
    for (StructField field : SCHEMA.fields()) {
      if (!out.isEmpty()) {
        out.append(", ");
      }
      String name = field.name();
      // smallint would arrive as ShortType; the Parquet layout keeps int.
      out.append(
          name.equals("year") || name.equals("quarter") || name.equals("version")
              ? name + "::int as " + name
              : name);
    }
    return out.toString();
  }

  /** One record as a row of {@link #SCHEMA}. */
  public static Row toRow(JointRecord r) {
    return RowFactory.create(
        r.source(),
        r.sourceRef(),
        r.caseType(),
        r.dataSource(),
        r.gender(),
        r.ageBroad(),
        r.majorityStatus(),
        r.citizenship(),
        r.countryOfExploitation(),
        r.borderCrossing(),
        r.perpetrators(),
        r.version(),
        r.year(),
        r.quarter(),
        r.isAbduction(),
        array(r.meansOfControl()),
        array(r.exploitation()),
        array(r.labourTypes()),
        array(r.sexTypes()),
        array(r.recruiterRelation()),
        array(r.recruitment()),
        array(r.communication()),
        array(r.transport()),
        array(r.route()),
        array(r.perpetratorRoles()));
  }

  private static String[] array(Collection<String> values) {
    return values.toArray(String[]::new);
  }
}
