package org.counterpart.core.demo;

/**
 * Vietnamese names as passports print them, without tone marks; given names carry the middle name
 * (Van, Thi, Duc) because foreign registers file it there.
 */
final class VietnameseNames {

  static final NameSet NAMES =
      NameSet.of(
          """
          Van Hung, Van Minh, Duc Anh, Van Nam, Quang Huy, Minh Tuan, Van Thanh, Xuan Long, Dinh
          Khoa, Van Tai, Huu Phuoc, Cong Danh, Van Dung, Manh Cuong, Van Hieu, Trung Kien, Van Son,
          Duc Thang, Van Quyet, Hoang Nam
          """,
          """
          Thi Lan, Thi Hoa, Thi Huong, Thi Mai, Thi Thu, Thi Ngoc Anh, Thi Hang, Thi Nga, Thi Linh,
          Thi Trang, Thi Phuong, Thi Yen
          """,
          """
          Nguyen, Tran, Le, Pham, Hoang, Huynh, Phan, Vu, Vo, Dang, Bui, Do, Ho, Ngo, Duong, Ly,
          Dinh, Trinh
          """);

  private VietnameseNames() {}
}
